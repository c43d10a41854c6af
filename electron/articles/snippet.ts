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
const scanned = (text: string) => (text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text);

/** Folded as the index folds them (unicode61, remove_diacritics 2): case and accents ignored. */
export const foldForSearch = (word: string) =>
  // Most words are plain ASCII: skip the Unicode decomposition for them.
  /^[A-Za-z0-9]*$/.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function searchTerms(query: string): string[] {
  const words = (query.match(WORD) ?? []).slice(0, 32).map(foldForSearch);
  return words;
}

/** Makes the excerpt function for one query, so a page of rows shares its terms and pattern. */
export function snippetMaker(query: string): (text: string) => string {
  const words = searchTerms(query);
  if (words.length === 0) return () => '';
  // The pattern spells ASCII terms only; a term with other letters is found by reading.
  if (!words.every((w) => /^[a-z0-9]*$/.test(w))) return (text) => snippetByScan(scanned(text), words);
  const pattern = firstHitPattern(words);
  return (text) => snippetAt(scanned(text), words, pattern);
}

export function snippetFor(text: string, query: string): string {
  return snippetMaker(query)(text);
}

/**
 * The excerpt, found fast: one native search finds the first word that folds to a term
 * (the pattern spells out every letter that folds to each of the term's letters), then
 * only the words around it are read: back from the hit to the BEFORE-th word, forward to
 * fill LENGTH words.
 */
function snippetAt(text: string, words: readonly string[], pattern: RegExp): string {
  const at = text.search(pattern);
  if (at === -1) return '';
  let first = at;
  let lead = 0;
  for (let i = at; i > 0 && lead < BEFORE; ) {
    while (i > 0 && !isWordCodePoint(codePointBefore(text, i))) i -= unitsBefore(text, i);
    if (i === 0) break;
    while (i > 0 && isWordCodePoint(codePointBefore(text, i))) i -= unitsBefore(text, i);
    lead += 1;
    first = i;
  }
  const forward = WORD_FROM;
  forward.lastIndex = at;
  let last = at;
  for (let read = 0; read < LENGTH - lead; read += 1) {
    const match = forward.exec(text);
    if (match === null) break;
    // A safety net: the hit must be a whole word the index counts.
    if (read === 0 && (match.index !== at || !termMatches(foldForSearch(match[0]), words))) return snippetByScan(text, words);
    last = match.index + match[0].length;
  }
  const excerpt = text.slice(first, last).replace(/\s+/g, ' ');
  const more = WORD_CHAR_ANYWHERE;
  return `${more.test(text.slice(0, first)) ? '…' : ''}${excerpt}${more.test(text.slice(last)) ? '…' : ''}`;
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

const WORD_CHAR_ANYWHERE = /[\p{L}\p{N}]/u;
// Its own instance, for reading forward from a position (lastIndex): the calls never interleave.
const WORD_FROM = new RegExp(WORD.source, 'gu');
const isWordCodePoint = (code: number) =>
  code < 0x80 ? (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) : WORD_CHAR_ANYWHERE.test(String.fromCodePoint(code));
const isPair = (text: string, end: number) => {
  const low = text.charCodeAt(end - 1);
  return end >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(end - 2) >= 0xd800 && text.charCodeAt(end - 2) <= 0xdbff;
};
/** How many UTF-16 units the code point ending at `end` takes. */
const unitsBefore = (text: string, end: number) => (isPair(text, end) ? 2 : 1);
const codePointBefore = (text: string, end: number) => text.codePointAt(end - unitsBefore(text, end)) ?? 0;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where the letters that fold to an ASCII letter or digit live: Latin-1, Latin Extended-A
 * and -B, Latin Extended Additional, and the letterlike symbols (the Kelvin and Ångström
 * signs). A test checks every code point of Unicode against this.
 */
export const FOLDING_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
  [0x2100, 0x214f],
];

let foldsTo: Map<string, string> | null = null;

/** For each ASCII letter and digit (lower case), every character whose fold is that one character. */
export function lettersFoldingTo(): ReadonlyMap<string, string> {
  if (foldsTo !== null) return foldsTo;
  const table = new Map<string, string>();
  const add = (char: string) => {
    const folded = foldForSearch(char);
    if (/^[a-z0-9]$/.test(folded)) table.set(folded, (table.get(folded) ?? '') + char);
  };
  for (let code = 0x30; code < 0x7f; code += 1) add(String.fromCharCode(code));
  for (const [from, to] of FOLDING_RANGES) {
    for (let code = from; code <= to; code += 1) {
      const char = String.fromCharCode(code);
      if (WORD_CHAR_ANYWHERE.test(char)) add(char);
    }
  }
  foldsTo = table;
  return table;
}

/**
 * Finds the first word that folds to a term (the last term may be a prefix, as the index's
 * query is). Each letter of a term matches exactly the characters that fold to it, so the
 * first match is the first word the index would count, with no case-insensitive flag whose
 * rules differ from the index's (the `i` flag lets ſ match s).
 */
function firstHitPattern(words: readonly string[]): RegExp {
  const table = lettersFoldingTo();
  const spell = (term: string) =>
    [...term].map((char) => (table.has(char) ? `[${table.get(char)}]` : escapeRegExp(char))).join('');
  const last = words.length - 1;
  const alternatives = words.map((w, k) => `${spell(w)}${k === last ? '' : '(?![\\p{L}\\p{N}])'}`);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'u');
}
