import { ImportError } from './errors';

/** Enough of the file to tell text from binary; a binary file shows itself in its first bytes. */
const SAMPLE = 64 * 1024;
/**
 * Share of the sample that may be undecodable bytes (U+FFFD) or control characters. Text in
 * an old 8-bit encoding (Windows-1252 accents read as UTF-8) stays well under it; images,
 * archives and programs are far above.
 */
const MAX_JUNK_SHARE = 0.1;
/** Below this, a few stray control characters are cleaned away rather than taken as a verdict. */
const MIN_SAMPLE = 512;

// eslint-disable-next-line no-control-regex -- control characters other than tab, newlines and form feed are what is counted
const JUNK = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g;

/**
 * Refuses a "text" file that is really binary (a photo or an archive renamed .txt), which
 * would otherwise come in as a page of replacement characters.
 */
export function assertLooksLikeText(text: string, fileName: string): void {
  const sample = text.slice(0, SAMPLE);
  const junk = sample.match(JUNK)?.length ?? 0;
  if (sample.length >= MIN_SAMPLE && junk / sample.length > MAX_JUNK_SHARE) {
    throw new ImportError(
      `"${fileName}" is not text: it looks like a binary file (an image, an archive or a program). Choose the document itself, saved as .docx, .txt, .md or .html.`,
    );
  }
}
