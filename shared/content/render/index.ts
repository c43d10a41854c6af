/** Pure renderers from a stored body (serialized Lexical JSON) to HTML, Markdown and plain text. */
export { renderBodyHtml, renderHtml, type BodyHtmlOptions, type RenderableArticle, type RenderOptions } from './html';
export { renderBodyMarkdown, renderMarkdown } from './markdown';
export { renderBodyPlainText, renderPlainText } from './text';
export { textDirection, type TextDirection } from './direction';
export { safeLinkUrl } from './safe-url';
export { escapeHtml } from './escape-html';
export { cleanText } from './clean-text';
export { TEXT_FORMAT, type TextFormatName } from './text-format';
export { readBody } from './read-body';
export type { Block, Inline, ListBlock, ListItem, TextRun, LineBreak, LinkSpan, CitationSpan, FootnoteMarker, ReferenceMarker } from './tree';
export { nameableSources, sourceLabel, type CitableSource, type SourceLookup, type NamedSource } from './sources';
