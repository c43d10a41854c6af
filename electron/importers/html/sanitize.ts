import sanitizeHtml from 'sanitize-html';
import { MAX_HTML_NESTING } from '../limits';

/**
 * The elements an imported body may keep. Everything else is unwrapped (its text stays)
 * or, for elements whose content is code or media, dropped with its content. No attribute
 * survives but a link's href, a numbered list's start, and the ids and names that link
 * footnotes to their notes (read by ./footnotes.ts, never written into the body); no
 * style, no event handler, no remote resource (images come in through the assets
 * service, not through HTML).
 */
const ALLOWED_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del', 'code', 'sub', 'sup', 'mark',
  'a', 'ul', 'ol', 'li', 'blockquote', 'br', 'pre',
  // Kept so that the converter can read the headline from it; it never reaches the body.
  'title',
];

/** Elements whose text is not prose: script, styles, form values, embedded documents and drawings. */
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'textarea', 'option', 'select', 'button', 'noscript', 'template',
  'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'audio', 'video',
];

/** Layout containers become paragraphs so that their texts do not run together. */
const AS_PARAGRAPH = [
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'address', 'center',
  'figure', 'figcaption', 'details', 'summary', 'dl', 'dt', 'dd', 'table', 'caption', 'tr', 'td', 'th', 'hr',
];

/**
 * Google Docs marks its Title and Subtitle paragraph styles with a `title` / `subtitle`
 * class beside its generated `c<n>` ones; that pairing is its signature, so another page's
 * "title" class is left alone. The title becomes a leading <h1> (the headline); the
 * subtitle is tagged with SUBTITLE_ID for the importer to take as the dek.
 */
export const SUBTITLE_ID = 'galley-subtitle';
const GOOGLE_DOCS_STYLE = /^(?=.*\bc\d+\b)(?:c\d+\s+)*(title|subtitle)(?:\s+c\d+)*$/;

function paragraph(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const style = GOOGLE_DOCS_STYLE.exec((attribs.class ?? '').trim())?.[1];
  if (style === 'title') return { tagName: 'h1', attribs: {} };
  if (style === 'subtitle') return { tagName: 'p', attribs: { id: SUBTITLE_ID } };
  return { tagName, attribs };
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'id', 'name'], ol: ['start'], sup: ['id'], li: ['id'], p: ['id'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: DROPPED_WITH_CONTENT,
  transformTags: {
    ...Object.fromEntries(AS_PARAGRAPH.map((tag) => [tag, 'p'])),
    p: paragraph,
    // Google Docs wraps a whole copied document in <b style="font-weight:normal">: that
    // is not bold, and keeping it would make every word bold once the style is gone.
    b: (tagName, attribs) =>
      /font-weight\s*:\s*(?:normal|[1-4]00)\b/i.test(attribs.style ?? '') ? { tagName: 'span', attribs: {} } : { tagName, attribs },
  },
  nestingLimit: MAX_HTML_NESTING,
};

/** Sanitised HTML: safe to parse and convert, whatever the input was. */
export function sanitizeImportedHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
