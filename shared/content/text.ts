/**
 * Words as a reader counts them: runs of letters or digits, in any script, joined by an
 * apostrophe, hyphen or point ("don't", "well-known", "3.5"). The runs are bounded so
 * that a pathological input (ten million letters without a space) cannot exhaust the
 * regular-expression engine's stack; a "word" of more than 256 letters counts as several.
 */
const WORD = /[\p{L}\p{N}]{1,256}(?:['’\-.][\p{L}\p{N}]{1,256}){0,32}/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n += 1;
  return n;
}

/** Minutes at 230 words a minute (an adult's average for news prose), at least one for any text. */
export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / 230));
}
