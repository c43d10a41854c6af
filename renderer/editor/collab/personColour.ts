/**
 * Each person's colour for carets, selections and the presence list: dark enough for white
 * text on it (the caret's name label) and told apart from each other.
 */
const COLOURS = ['#1f6feb', '#b3261e', '#0f7b4a', '#8a3ffc', '#b35c00', '#00758f', '#7a4b22', '#4a5568'] as const;

export function personColour(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length]!;
}
