import type { z } from 'zod';
import { ImportFormatSchema } from '../../shared/contract/channels';
import { InvalidBodyError, validateBody } from '../../shared/content/validate';
import { cleanText } from '../../shared/content/render/clean-text';
import { ImportError } from './errors';
import { importHtml } from './html/import-html';
import { assertImportSize } from './limits';
import { importMarkdown } from './markdown/import-markdown';
import type { Importer, ImportResult } from './result';
import { importText } from './text';

export { ImportError } from './errors';
export type { ImportResult } from './result';
export { MAX_IMPORT_BYTES } from './limits';
export { MAX_IMPORT_PARTS } from './budget';
export { importHtml, importMarkdown, importText };

export type ImportFormat = z.infer<typeof ImportFormatSchema>;

const IMPORTERS: Readonly<Record<ImportFormat, Importer>> = { txt: importText, md: importMarkdown, html: importHtml };

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
  if (/\.docx?$/i.test(name)) {
    return new ImportError(`"${name}" is a Word document, which Galley cannot import yet. In Word, save it as a Web Page (.htm) and import that file.`);
  }
  return new ImportError(`Galley cannot import "${name}". It imports plain text (.txt), Markdown (.md) and HTML (.html, .htm) files.`);
}

/**
 * Imports a file's text as an article: picks the importer by the explicit format or else
 * by the file's extension, and guarantees that the body it returns loads as a Galley body.
 * Throws ImportError, with a message for the user, for anything it refuses.
 */
export function importFile(fileName: string, text: string, format?: ImportFormat): ImportResult {
  const name = displayName(fileName);
  assertImportSize(text, name);
  let chosen: ImportFormat | null;
  if (format === undefined) {
    chosen = formatForFile(fileName);
  } else {
    const parsed = ImportFormatSchema.safeParse(format);
    if (!parsed.success) throw new ImportError(`"${String(format)}" is not an import format. Use txt, md or html.`);
    chosen = parsed.data;
  }
  if (chosen === null) throw unsupported(fileName);

  let result: ImportResult;
  try {
    // One line-ending convention, and no control characters, for every importer.
    result = IMPORTERS[chosen](cleanText(text.replace(/\r\n?/g, '\n')), name);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new ImportError(`"${name}" is nested too deeply to import. Simplify its structure (fewer lists or quotes inside each other) and try again.`);
    }
    throw error;
  }
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
