import { PartBudget } from '../budget';
import { importSanitisedHtml } from '../html/import-html';
import type { ImportResult } from '../result';
import { checkDocxArchive } from './zip-check';
import { dropCapTexts, joinDropCaps } from './drop-caps';

/**
 * Word's own title and subtitle styles become a leading heading (taken as the headline
 * by the HTML importer). Footnotes and endnotes come out of mammoth as linked notes at the
 * end, which the HTML importer turns into footnote markers like any other linked notes.
 */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** A Word document (.docx): checked as an archive first, converted by mammoth, then imported as sanitised HTML. */
export async function importDocx(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const archive = checkDocxArchive(bytes, fileName);
  const dropCaps = dropCapTexts(archive.read(archive.mainPart)?.toString('utf8') ?? '');
  // Loaded on first use: every command of the `galley` tool would otherwise pay for it at start.
  const mammoth = (await import('mammoth')).default;
  const converted = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      styleMap: STYLE_MAP,
      // Images are left out (the image tool records their rights); this keeps mammoth from encoding them.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      externalFileAccess: false,
      transformDocument: joinDropCaps(dropCaps),
    },
  );
  return importSanitisedHtml(converted.value, {}, [], new PartBudget(fileName));
}
