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
