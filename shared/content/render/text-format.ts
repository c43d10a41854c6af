/**
 * Lexical's text format bits, as stored in a serialized text node's `format` field.
 * They are part of the stored document format, so they are spelled out here rather than
 * read from Lexical at run time: a renderer must agree with documents saved long ago.
 */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

export type TextFormatName = keyof typeof TEXT_FORMAT;

export const hasFormat = (format: number, name: TextFormatName): boolean => (format & TEXT_FORMAT[name]) !== 0;

/** The bitmask for a set of named formats. */
export const formatOf = (...names: TextFormatName[]): number =>
  names.reduce((mask, name) => mask | TEXT_FORMAT[name], 0);
