/**
 * A short excerpt around the first place a search matches, for the article list.
 *
 * Built here rather than with FTS5's snippet(), which has to run for every match
 * before the sort and the page limit: on 100,000 articles a common word made it cost
 * a second per keystroke; this runs for the 100 rows of a page only.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const BEFORE = 6;
const LENGTH = 16;
const SCAN_LIMIT = 200_000;

/** Folded as the index folds them (unicode61, remove_diacritics 2): case and accents ignored. */
export const foldForSearch = (word: string) =>
  // Most words are plain ASCII: skip the Unicode decomposition for them.
  /^[A-Za-z0-9]*$/.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function searchTerms(query: string): string[] {
  const words = (query.match(WORD) ?? []).slice(0, 32).map(foldForSearch);
  return words;
}

export function snippetFor(text: string, query: string): string {
  const words = searchTerms(query);
  if (words.length === 0) return '';
  const last = words.length - 1;
  const found: Array<{ index: number; start: number; end: number }> = [];
  let hit = -1;
  for (const match of text.slice(0, SCAN_LIMIT).matchAll(WORD)) {
    const folded = foldForSearch(match[0]);
    const i = found.length;
    found.push({ index: i, start: match.index, end: match.index + match[0].length });
    if (hit === -1 && words.some((w, k) => folded === w || (k === last && folded.startsWith(w)))) hit = i;
    if (hit !== -1 && i >= hit + LENGTH) break;
  }
  if (hit === -1) return '';
  const from = Math.max(0, hit - BEFORE);
  const to = Math.min(found.length - 1, from + LENGTH - 1);
  const excerpt = text.slice(found[from]!.start, found[to]!.end).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${excerpt}${to < found.length - 1 ? '…' : ''}`;
}
