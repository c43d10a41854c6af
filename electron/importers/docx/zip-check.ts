import { inflateRawSync } from 'node:zlib';
import { ImportError } from '../errors';

/**
 * Checks a .docx (a ZIP archive) before anything decompresses it, from the sizes its
 * central directory declares: a "zip bomb" of a few kilobytes can declare gigabytes.
 *
 * Declared sizes are what the archive says about itself, and JSZip (inside mammoth) only
 * compares them with what it got after inflating everything: an entry that declares 2 KB
 * can inflate to gigabytes first. So each entry is also inflated here once, with the
 * output capped at its declared size, and refused the moment it goes past it. The limits are
 * far above any real article: Word's document.xml for a 20,000-word article with notes
 * is a few megabytes.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** The most an archive may expand to, all entries together. */
export const MAX_DOCX_EXPANDED_BYTES = 200 * 1024 * 1024;
/** The most one entry may expand to. */
export const MAX_DOCX_ENTRY_BYTES = 100 * 1024 * 1024;
/** Text compresses about ten times; a ratio far above that on a large entry is a bomb. */
export const MAX_DOCX_RATIO = 200;
export const MAX_DOCX_ENTRIES = 10_000;

export interface ZipSummary {
  entries: number;
  expandedBytes: number;
  names: Set<string>;
  /** The document's main part, found as Word finds it: through the package relationships. */
  mainPart: string;
  /** One entry's bytes (already checked against its declared size), or null when there is none. */
  read(name: string): Buffer | null;
}

function notADocx(fileName: string, why: string): ImportError {
  return new ImportError(`"${fileName}" is not a Word document Galley can read (${why}). Open it in Word and save it again as .docx.`);
}

interface EntryRecord {
  name: string;
  method: number;
  compressed: number;
  expanded: number;
  localOffset: number;
}

const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Inflates one entry with its output capped at the size it declared: a lie is refused, not obeyed. */
function checkActualSize(bytes: Uint8Array, view: DataView, e: EntryRecord, fileName: string): Buffer {
  const at = e.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw notADocx(fileName, 'its file list is damaged');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + e.compressed > bytes.length) throw notADocx(fileName, 'it is cut short');
  const data = bytes.subarray(start, start + e.compressed);
  let content: Buffer | null;
  if (e.method === STORED) {
    content = Buffer.from(data);
  } else if (e.method === DEFLATED) {
    try {
      content = inflateRawSync(data, { maxOutputLength: Math.max(e.expanded, 1) });
    } catch (error) {
      const tooLong = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      if (!tooLong) throw notADocx(fileName, `“${e.name}” in it is damaged`);
      content = null;
    }
  } else {
    throw notADocx(fileName, `“${e.name}” in it is compressed in a way Word never uses`);
  }
  if (content === null || content.length !== e.expanded) {
    throw new ImportError(
      `"${fileName}" was refused: “${e.name}” in it does not match the size the file declares for it, so it may expand without limit when opened. It may be damaged or built to exhaust memory.`,
    );
  }
  return content;
}

const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const attribute = (tag: string, name: string): string | null => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((v) => v !== undefined) ?? null;

/**
 * The main part named by the package relationships (`_rels/.rels`), as Word and mammoth
 * find it; `word/document.xml` when the package names none (mammoth's fallback too).
 */
function mainPartOf(rels: Buffer | null): string {
  const xml = rels === null ? '' : rels.toString('utf8');
  for (const [tag] of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    if (attribute(tag, 'Type') !== OFFICE_DOCUMENT || attribute(tag, 'TargetMode') === 'External') continue;
    const target = attribute(tag, 'Target');
    if (target !== null && target !== '') return target.replace(/^\/+/, '');
  }
  return 'word/document.xml';
}

export function checkDocxArchive(bytes: Uint8Array, fileName: string): ZipSummary {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.length - EOCD_SIZE; at >= 0 && at >= bytes.length - EOCD_SIZE - MAX_COMMENT; at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd === -1) throw notADocx(fileName, 'it is not a ZIP archive');
  const total = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (total === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw notADocx(fileName, 'it is a ZIP64 archive, far larger than any document');
  }
  if (total > MAX_DOCX_ENTRIES) throw notADocx(fileName, `it holds ${total} files`);
  if (directoryOffset + directorySize > eocd) throw notADocx(fileName, 'its file list is damaged');

  const names = new Set<string>();
  const entries: EntryRecord[] = [];
  let expandedBytes = 0;
  let at = directoryOffset;
  for (let i = 0; i < total; i += 1) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw notADocx(fileName, 'its file list is damaged');
    const compressed = view.getUint32(at + 20, true);
    const expanded = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const method = view.getUint16(at + 10, true);
    const localOffset = view.getUint32(at + 42, true);
    if (compressed === 0xffffffff || expanded === 0xffffffff) throw notADocx(fileName, 'it is a ZIP64 archive, far larger than any document');
    const name = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(at + 46, at + 46 + nameLength));
    names.add(name);
    expandedBytes += expanded;
    const tooBig = expanded > MAX_DOCX_ENTRY_BYTES || expandedBytes > MAX_DOCX_EXPANDED_BYTES;
    const tooDense = expanded > 1024 * 1024 && expanded / Math.max(compressed, 1) > MAX_DOCX_RATIO;
    if (tooBig || tooDense) {
      throw new ImportError(
        `"${fileName}" was refused: it would expand to ${Math.round(Math.max(expanded, expandedBytes) / 1024 / 1024)} MB or more when opened, which no article needs. It may be damaged or built to exhaust memory.`,
      );
    }
    entries.push({ name, method, compressed, expanded, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  for (const e of entries) checkActualSize(bytes, view, e, fileName);
  const read = (name: string): Buffer | null => {
    const e = byName.get(name);
    return e === undefined ? null : checkActualSize(bytes, view, e, fileName);
  };
  const mainPart = mainPartOf(read('_rels/.rels'));
  if (!names.has(mainPart)) throw notADocx(fileName, `it has no ${mainPart}, the part its package names as the document`);
  return { entries: total, expandedBytes, names, mainPart, read };
}
