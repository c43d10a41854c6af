import { CONFIDENTIAL_PLACEHOLDER, isConfidential, type Source, type SourceFields } from '../domain/source';
import { escapeHtml } from '../content/render/escape-html';

/**
 * The one redaction of confidential sources (PRODUCT.md: "a confidential source's identity
 * never leaves the workstation"). Every outbound path (exports, the `galley` command's
 * output, the router's error log) goes through a Redactor made here, and the
 * CONFIDENTIAL_SOURCE_EXPOSED check finds names with the same pattern, so what the check
 * reports is exactly what an export would have to hide.
 *
 * A confidential source's identity is its interviewee's name and contact. Matching is
 * case-insensitive, on whole words, and tolerant of the separators a name picks up on the
 * way out (spaces, line breaks, hyphens in a URL, "%20"), so "Jane  Doe", "jane-doe" and
 * "Jane%20Doe" are all the same name.
 */

type IdentitySource = Pick<SourceFields, 'interview'>;

/** The strings that identify the confidential sources among `sources`: names and contacts. */
export function confidentialIdentities(sources: readonly IdentitySource[]): string[] {
  const out = new Set<string>();
  for (const source of sources) {
    if (!isConfidential(source) || source.interview === null) continue;
    for (const value of [source.interview.name, source.interview.contact]) {
      const trimmed = value.trim();
      // One letter is not an identity; redacting it would shred every text.
      if ([...trimmed].length >= 2) out.add(trimmed);
    }
  }
  return [...out];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SEPARATOR = String.raw`(?:[\s\-_.+]|%20)+`;

function identityAlternative(identity: string): string {
  return identity
    .split(/[\s\-_.+]+/u)
    .filter((part) => part !== '')
    .map(escapeRegExp)
    .join(SEPARATOR);
}

/**
 * One pattern for all the identities (and their HTML-escaped spellings, as an HTML export
 * writes them), longest first so that "Jane Doe-Smith" wins over "Jane Doe". Null when
 * there is nothing to find. Global and sticky-free: callers reset lastIndex by using
 * String.replace or matchAll.
 */
export function identityPattern(identities: readonly string[]): RegExp | null {
  const spellings = new Set<string>();
  for (const identity of identities) {
    spellings.add(identity);
    spellings.add(escapeHtml(identity));
  }
  const alternatives = [...spellings]
    .sort((a, b) => b.length - a.length)
    .map(identityAlternative)
    .filter((alternative) => alternative !== '');
  if (alternatives.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export interface Redactor {
  /** True when there is something to hide (no confidential source: every method returns its input). */
  readonly active: boolean;
  /** The text with every identity replaced by the placeholder. */
  text(value: string): string;
  /** A copy of any JSON-like value with every string in it redacted (keys are left alone). */
  json<T>(value: T): T;
  /** A source as it may leave the workstation: a confidential one keeps no name, no contact, no title that names them. */
  source(source: Source): Source;
}

function redactJson(value: unknown, text: (value: string) => string, depth: number): unknown {
  if (typeof value === 'string') return text(value);
  // Bodies are bounded in depth by validation; this bound only stops a hostile value.
  if (depth > 256 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactJson(item, text, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = redactJson(item, text, depth + 1);
  return out;
}

/** A redactor for the identities of the confidential sources among `sources`. */
export function createRedactor(sources: readonly IdentitySource[]): Redactor {
  const pattern = identityPattern(confidentialIdentities(sources));
  const text = (value: string): string => (pattern === null ? value : value.replace(pattern, CONFIDENTIAL_PLACEHOLDER));

  function source(record: Source): Source {
    if (!isConfidential(record) || record.interview === null) return { ...record, ...redactFields(record, text) };
    // The record's own identity, whether or not it was among the redactor's sources.
    const own = identityPattern(confidentialIdentities([record]));
    const namesThem = (value: string) => own !== null && new RegExp(own.source, 'iu').test(value);
    const both = (value: string) => (own === null ? text(value) : text(value).replace(own, CONFIDENTIAL_PLACEHOLDER));
    const fields = redactFields(record, both);
    return {
      ...record,
      ...fields,
      title: namesThem(record.title) ? CONFIDENTIAL_PLACEHOLDER : fields.title,
      interview: { ...record.interview, name: CONFIDENTIAL_PLACEHOLDER, contact: '' },
    };
  }

  return {
    active: pattern !== null,
    text,
    json: <T>(value: T): T => (pattern === null ? value : (redactJson(value, text, 0) as T)),
    source,
  };
}

/** The free-text fields of a source, each redacted. */
function redactFields(record: Source, text: (value: string) => string) {
  return {
    title: text(record.title),
    url: text(record.url),
    publisher: text(record.publisher),
    author: text(record.author),
    archiveUrl: text(record.archiveUrl),
    notes: text(record.notes),
  };
}

/** A single source as it may leave the workstation. */
export const redactSource = (source: Source): Source => createRedactor([source]).source(source);
