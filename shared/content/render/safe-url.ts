/** The only link targets an export or an import keeps: the web and e-mail. */
const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** Longer than any real link; bounds the work a hostile document can ask for. */
const MAX_URL_LENGTH = 16_384;

/**
 * Returns the URL to put in an href, or null when the link must be dropped to plain text.
 *
 * Only absolute http, https and mailto URLs pass. The check runs the WHATWG URL parser,
 * the same one browsers use, so tricks such as `java\tscript:`, `JaVaScRiPt:` or leading
 * control characters are judged by the scheme a browser would see. The writer's own
 * spelling is kept when it is clean; when it holds whitespace or control characters (which
 * parsers silently drop), the parser's normalised form is returned instead.
 */
export function safeLinkUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (!LINK_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return null;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  return /[\s\u0000-\u001F\u007F-\u009F]/.test(trimmed) ? parsed.href : trimmed;
}

/** A web address (http or https) fit for an href, or null: the addresses the structured exports may name. */
export function safeWebUrl(raw: string | null | undefined): string | null {
  const url = raw === null || raw === undefined ? null : safeLinkUrl(raw);
  return url !== null && /^https?:/i.test(url) ? url : null;
}
