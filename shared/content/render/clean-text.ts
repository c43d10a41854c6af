/**
 * Characters that no output format should carry: C0 and C1 control characters other than
 * tab and line feed (HTML calls them parse errors, terminals act on them), the two
 * non-characters U+FFFE and U+FFFF, and lone surrogate halves (not valid UTF-8, so a file
 * holding one cannot be written faithfully).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const INVALID = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes control characters and replaces broken surrogates with U+FFFD. Keeps \t and \n. */
export function cleanText(text: string): string {
  return text.replace(INVALID, (ch) => (ch.length === 1 && ch >= '\uD800' && ch <= '\uDFFF' ? '\uFFFD' : ''));
}

/**
 * Runs of ordinary white space (spaces, tabs, line breaks) as one space, trimmed: a field
 * put on one line. No-break spaces (U+00A0, U+2007, U+202F) are kept as they are, since
 * they are typography, not layout: French sets U+202F inside « » so that a guillemet never
 * ends a line alone, and "14 juillet" keeps its number with its month.
 */
export function oneLine(text: string): string {
  return cleanText(text).replace(/[^\S\u00a0\u2007\u202f]+/g, ' ').replace(/^[^\S\u00a0\u2007\u202f]+|[^\S\u00a0\u2007\u202f]+$/g, '');
}
