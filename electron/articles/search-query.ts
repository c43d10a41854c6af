/**
 * Turns what a person types into a safe FTS5 query: every word becomes a quoted term
 * (so quotes, colons and operators in the input are just text), all words must match,
 * and the last one matches as a prefix because results update as you type.
 * Returns null when there is nothing to search for.
 */
export function toFtsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  const terms = words.slice(0, 32).map((w) => `"${w}"`);
  terms[terms.length - 1] += '*';
  return terms.join(' ');
}
