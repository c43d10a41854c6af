import type { Api } from '../../platform/api';

/** What Galley imports, by extension; Word documents travel as bytes, the rest as text. */
const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', 'markdown', 'mdown', 'mkd', 'html', 'htm', 'xhtml']);
const BINARY_EXTENSIONS = new Set(['docx']);
export const IMPORT_ACCEPT = '.docx,.txt,.md,.markdown,.html,.htm,.xhtml';
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const extensionOf = (name: string): string => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

export const isImportable = (file: File): boolean => TEXT_EXTENSIONS.has(extensionOf(file.name)) || BINARY_EXTENSIONS.has(extensionOf(file.name));

/** Base64 of a file's bytes, in slices (a 20 MB file as one argument list would overflow the stack). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const SLICE = 0x8000;
  for (let at = 0; at < bytes.length; at += SLICE) binary += String.fromCharCode(...bytes.subarray(at, at + SLICE));
  return btoa(binary);
}

/** Sends one file to `articles.import`; the main side reads it (the renderer never parses it). */
export async function importOne(api: Api, file: File) {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new Error(`“${file.name}” is larger than 20 MB, the most Galley imports. Split it into smaller files.`);
  }
  if (BINARY_EXTENSIONS.has(extensionOf(file.name))) {
    return api.call('articles.import', { fileName: file.name, data: toBase64(new Uint8Array(await file.arrayBuffer())) });
  }
  return api.call('articles.import', { fileName: file.name, text: await file.text() });
}
