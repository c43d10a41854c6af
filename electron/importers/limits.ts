import { ImportError } from './errors';

/** The largest file Galley imports (20 MiB): far beyond any article, small enough to read in seconds. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** How deeply Markdown lists and quotes may nest; deeper markers are kept as text. */
export const MAX_MARKDOWN_NESTING = 16;

/**
 * How deeply HTML elements may nest. Layout wrappers on a saved web page count too, so this
 * is generous; deeper elements are unwrapped (their text stays). It bounds the recursion
 * of everything that walks the document after sanitising.
 */
export const MAX_HTML_NESTING = 100;

export function assertImportSize(text: string, fileName: string): void {
  // A UTF-16 code unit is at least one UTF-8 byte, so the length alone settles most cases
  // without encoding the whole text.
  if (text.length > MAX_IMPORT_BYTES || Buffer.byteLength(text, 'utf8') > MAX_IMPORT_BYTES) {
    throw new ImportError(
      `"${fileName}" is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most Galley imports. Split it into smaller files and import them one by one.`,
    );
  }
}
