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

/**
 * The excerpt, found fast: a native search for the first place a term starts a word, then
 * words read only around it. Exact when everything before that place is ASCII (folding
 * cannot change it, so no earlier word can match); otherwise, and when the search finds
 * nothing (an accented spelling folds to the term), it falls back to reading word by word.
 */
export function snippetFor(text: string, query: string): string {
  const words = searchTerms(query);
  if (words.length === 0) return '';
  const scanned = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  const at = firstPlainHit(scanned, words);
  if (at === -1 || NON_ASCII.test(scanned.slice(0, at))) return snippetByScan(scanned, words);
  // Up to BEFORE words before the hit: read back a generous stretch, then whole words only.
  let windowStart = Math.max(0, at - WINDOW_BACK);
  while (windowStart > 0 && isWordChar(scanned.charCodeAt(windowStart - 1)) && isWordChar(scanned.charCodeAt(windowStart))) {
    windowStart -= 1;
  }
  const before: Array<{ start: number; end: number }> = [];
  let hitWord: { start: number; end: number } | null = null;
  const after: Array<{ start: number; end: number }> = [];
  for (const match of scanned.slice(windowStart).matchAll(WORD)) {
    const start = windowStart + match.index;
    const span = { start, end: start + match[0].length };
    if (hitWord === null) {
      if (start === at) hitWord = span;
      else before.push(span);
    } else {
      after.push(span);
      if (after.length >= LENGTH) break;
    }
  }
  // The search's case rules are not quite the index's folding (ſ matches s): a hit it found
  // must be one the index would count, and the words before it must all have been read.
  if (hitWord === null || !termMatches(foldForSearch(scanned.slice(hitWord.start, hitWord.end)), words)) {
    return snippetByScan(scanned, words);
  }
  if (before.length < BEFORE && windowStart > 0) return snippetByScan(scanned, words);
  const lead = before.slice(-BEFORE);
  const spans = [...lead, hitWord, ...after].slice(0, LENGTH);
  const first = spans[0]!;
  const last = spans[spans.length - 1]!;
  const excerpt = scanned.slice(first.start, last.end).replace(/\s+/g, ' ');
  const more = WORD_CHAR_ANYWHERE;
  return `${more.test(scanned.slice(0, first.start)) ? '…' : ''}${excerpt}${more.test(scanned.slice(last.end)) ? '…' : ''}`;
}

/** Reads the text word by word, folding each: the reference the fast path must agree with. */
export function snippetByScan(text: string, words: readonly string[]): string {
  const found: Array<{ index: number; start: number; end: number }> = [];
  let hit = -1;
  for (const match of text.matchAll(WORD)) {
    const folded = foldForSearch(match[0]);
    const i = found.length;
    found.push({ index: i, start: match.index, end: match.index + match[0].length });
    if (hit === -1 && termMatches(folded, words)) hit = i;
    if (hit !== -1 && i >= hit + LENGTH) break;
  }
  if (hit === -1) return '';
  const from = Math.max(0, hit - BEFORE);
  const to = Math.min(found.length - 1, from + LENGTH - 1);
  const excerpt = text.slice(found[from]!.start, found[to]!.end).replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${excerpt}${to < found.length - 1 ? '…' : ''}`;
}

/** As the index's query reads: every term a whole word, the last one a prefix too. */
function termMatches(folded: string, words: readonly string[]): boolean {
  const last = words.length - 1;
  return words.some((w, k) => folded === w || (k === last && folded.startsWith(w)));
}

// Text without it is ASCII, which folding (NFD, marks removed, lower case) cannot turn into a different word.
const NON_ASCII = /[^\p{ASCII}]/u;
const WORD_CHAR_ANYWHERE = /[\p{L}\p{N}]/u;
// Enough for six words back; when it is not (very long words), the scan is used instead.
const WINDOW_BACK = 400;
const isWordChar = (code: number) => WORD_CHAR_ANYWHERE.test(String.fromCharCode(code));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where the first word matching a term starts (the last term may be a prefix, as the
 * index's query is), case-insensitively, or -1. Terms are already folded; a word whose
 * spelling needs folding to match (accents) is not found here.
 */
function firstPlainHit(text: string, words: readonly string[]): number {
  const last = words.length - 1;
  const alternatives = words.map((w, k) => `${escapeRegExp(w)}${k === last ? '' : '(?![\\p{L}\\p{N}])'}`);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'iu');
  return text.search(pattern);
}
