import type { SourceFields } from '../domain/source';

/**
 * When two sources are "the same" (PRODUCT.md: same URL, or same title and publisher).
 * The keys are compared, never shown: the duplicate check and the import's reuse of library
 * records both use them, so what the check calls a duplicate is what an import would reuse.
 */

/** Tracking parameters that do not change which page an address points to. */
const TRACKING_PARAM = /^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|ocid|cmpid)$/i;

/**
 * The address with what does not matter for identity removed: scheme (http and https are
 * one page), a leading "www.", the fragment, tracking parameters, a trailing slash, and
 * the case of the host. '' for an empty or unreadable address.
 */
export function urlKey(url: string): string {
  const trimmed = url.trim();
  if (trimmed === '') return '';
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed.toLowerCase();
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...parsed.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAM.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length === 0 ? '' : `?${new URLSearchParams(params).toString()}`;
  const path = parsed.pathname.replace(/\/+$/, '');
  const port = parsed.port === '' ? '' : `:${parsed.port}`;
  return `${host}${port}${path}${query}`;
}

/** Letters and digits only, lower-cased, accents folded: "The  Guardian," and "the guardian" are one publisher. */
export function textKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Title and publisher together. Interviews add the interviewee's name, so that two
 * different people's "Interview" notes are not one source.
 */
export function titleKey(fields: Pick<SourceFields, 'title' | 'publisher' | 'interview'>): string {
  const who = fields.interview === null ? '' : textKey(fields.interview.name);
  return `${textKey(fields.title)}|${textKey(fields.publisher)}|${who}`;
}

/** True when two sources are the same record in all but id. */
export function sameSource(a: Pick<SourceFields, 'title' | 'publisher' | 'interview' | 'url'>, b: typeof a): boolean {
  const url = urlKey(a.url);
  if (url !== '' && url === urlKey(b.url)) return true;
  return titleKey(a) === titleKey(b);
}
