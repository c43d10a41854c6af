import type { z } from 'zod';
import { ImportFormatSchema } from '../../shared/contract/channels/articles';
import { InvalidBodyError, validateBody } from '../../shared/content/validate';
import { cleanText } from '../../shared/content/render/clean-text';
import { ImportError } from './errors';
import { buildBody } from '../../shared/content/build';
import type { ArticleBody } from '../../shared/content/body';
import { importDocx } from './docx/import-docx';
import { convertPastedHtml, importHtml } from './html/import-html';
import { assertImportSize, MAX_IMPORT_BYTES } from './limits';
import { assertLooksLikeText } from './binary-check';
import { importMarkdown } from './markdown/import-markdown';
import type { Importer, ImportResult } from './result';
import { importText } from './text';

export { ImportError } from './errors';
export type { ImportResult } from './result';
export { MAX_IMPORT_BYTES } from './limits';
export { MAX_IMPORT_PARTS } from './budget';
export { importDocx, importHtml, importMarkdown, importText };

export type ImportFormat = z.infer<typeof ImportFormatSchema>;

type TextFormat = Exclude<ImportFormat, 'docx'>;

const TEXT_IMPORTERS: Readonly<Record<TextFormat, Importer>> = { txt: importText, md: importMarkdown, html: importHtml };

const EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  mdown: 'md',
  mkd: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
};

/** The file's name without its folders, for messages. */
const displayName = (fileName: string): string => fileName.split(/[\\/]/).at(-1) ?? fileName;

/** The import format a file name's extension stands for, or null. */
export function formatForFile(fileName: string): ImportFormat | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(displayName(fileName));
  return match?.[1] === undefined ? null : (EXTENSIONS[match[1].toLowerCase()] ?? null);
}

function unsupported(fileName: string): ImportError {
  const name = displayName(fileName);
  if (/\.doc$/i.test(name)) {
    return new ImportError(`"${name}" is an old-style Word document (.doc). In Word, save it as a .docx document and import that file.`);
  }
  return new ImportError(
    `Galley cannot import "${name}". It imports Word documents (.docx), plain text (.txt), Markdown (.md) and HTML (.html, .htm) files.`,
  );
}

function chooseFormat(fileName: string, format: ImportFormat | undefined): ImportFormat {
  let chosen: ImportFormat | null;
  if (format === undefined) {
    chosen = formatForFile(fileName);
  } else {
    const parsed = ImportFormatSchema.safeParse(format);
    if (!parsed.success) throw new ImportError(`"${String(format)}" is not an import format. Use docx, txt, md or html.`);
    chosen = parsed.data;
  }
  if (chosen === null) throw unsupported(fileName);
  return chosen;
}

/** Turns what an importer threw into a message for the person, or rethrows what is a bug. */
function explainFailure(error: unknown, name: string): never {
  if (error instanceof ImportError) throw error;
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    throw new ImportError(`"${name}" is nested too deeply to import. Simplify its structure (fewer lists or quotes inside each other) and try again.`);
  }
  throw error;
}

/** The checks every imported body passes before it becomes an article. */
function checkedResult(result: ImportResult, name: string): ImportResult {
  try {
    validateBody(result.body);
  } catch (error) {
    if (error instanceof InvalidBodyError) {
      throw new ImportError(`"${name}" could not be turned into a Galley document (${error.message}). Try saving it as plain text and importing that.`);
    }
    // The word counter's pattern overflows on millions of letters without a space.
    if (error instanceof RangeError) {
      throw new ImportError(`"${name}" holds a run of text too long to be prose (millions of characters without a space). Check that it is the right file.`);
    }
    throw error;
  }
  return result;
}

/**
 * Imports a file's text as an article: picks the importer by the explicit format or else
 * by the file's extension, and guarantees that the body it returns loads as a Galley body.
 * Throws ImportError, with a message for the user, for anything it refuses. Binary
 * formats (.docx) go through importDocument.
 */
export function importFile(fileName: string, text: string, format?: ImportFormat): ImportResult {
  const name = displayName(fileName);
  assertImportSize(text, name);
  const chosen = chooseFormat(fileName, format);
  if (chosen === 'docx') {
    throw new ImportError(`"${name}" is a Word document: it has to be sent as the file's bytes, not as text.`);
  }
  assertLooksLikeText(text, name);
  let result: ImportResult;
  try {
    // One line-ending convention, and no control characters, for every importer.
    result = TEXT_IMPORTERS[chosen](cleanText(text.replace(/\r\n?/g, '\n')), name);
  } catch (error) {
    explainFailure(error, name);
  }
  return checkedResult(result, name);
}

/** A file as it arrives: text for text formats, bytes for binary ones. */
export type ImportContent = { text: string } | { bytes: Uint8Array };

/**
 * Imports any supported file, text or binary. Word documents are read from their bytes;
 * text formats may arrive as bytes too (a file dropped on the window, the command line)
 * and are decoded as UTF-8.
 */
export async function importDocument(fileName: string, content: ImportContent, format?: ImportFormat): Promise<ImportResult> {
  const name = displayName(fileName);
  const chosen = chooseFormat(fileName, format);
  if ('text' in content) return importFile(fileName, content.text, chosen);
  if (content.bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportError(
      `"${name}" is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most Galley imports. Split it into smaller files and import them one by one.`,
    );
  }
  if (chosen !== 'docx') return importFile(fileName, new TextDecoder('utf-8', { fatal: false }).decode(content.bytes), chosen);
  let result: ImportResult;
  try {
    result = await importDocx(content.bytes, name);
  } catch (error) {
    if (error instanceof ImportError || error instanceof RangeError) explainFailure(error, name);
    // mammoth and its unzipper throw plain errors for damaged files.
    throw new ImportError(`"${name}" could not be read as a Word document: it may be damaged. Open it in Word and save it again as .docx.`);
  }
  return checkedResult(result, name);
}

/** Pasted HTML as a body to insert, through the same sanitiser and footnote conversion as an import. */
export function convertPaste(html: string): { body: ArticleBody; warnings: string[] } {
  assertImportSize(html, 'The pasted text');
  let converted;
  try {
    converted = convertPastedHtml(cleanText(html.replace(/\r\n?/g, '\n')));
  } catch (error) {
    explainFailure(error, 'The pasted text');
  }
  const result = checkedResult({ meta: {}, body: buildBody(converted.blocks), warnings: converted.warnings }, 'The pasted text');
  return { body: result.body, warnings: result.warnings };
}
