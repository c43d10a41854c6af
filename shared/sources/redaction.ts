import { CONFIDENTIAL_PLACEHOLDER, isConfidential, type Source, type SourceFields } from '../domain/source';
import { identityMatcher, type IdentityMatcher } from './identity-matcher';
import { redactRuns } from './redact-runs';

/**
 * The one redaction of confidential sources (PRODUCT.md: "a confidential source's identity
 * never leaves the workstation"). Every outbound path (exports, publications, the `galley`
 * command's output, the router's error log) goes through a Redactor made here, and the
 * CONFIDENTIAL_SOURCE_EXPOSED check finds identities with the same matcher
 * (./identity-matcher), so what the check reports is exactly what an output hides.
 *
 * A confidential source's identity is its interviewee's name and contact, found however
 * they are written: case, accents, invisible characters, look-alike letters, escapes,
 * separators, a phone number's punctuation. In a stored body the name is also found across
 * formatting runs and links ("Jane " + bold "Doe"), see ./redact-runs.
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

/** The matcher for the identities of the confidential sources among `sources`. */
export const confidentialMatcher = (sources: readonly IdentitySource[]): IdentityMatcher => identityMatcher(confidentialIdentities(sources));

/** The text with every match replaced by the placeholder. */
export function replaceMatches(value: string, matcher: IdentityMatcher): string {
  if (!matcher.active) return value;
  let out = '';
  let at = 0;
  for (const match of matcher.find(value)) {
    out += value.slice(at, match.index) + CONFIDENTIAL_PLACEHOLDER;
    at = match.index + match.length;
  }
  return at === 0 ? value : out + value.slice(at);
}

export interface Redactor {
  /** True when there is something to hide (no confidential source: every method returns its input). */
  readonly active: boolean;
  /** The text with every identity replaced by the placeholder. */
  text(value: string): string;
  /**
   * A copy of any JSON-like value with every string in it redacted (keys are left alone);
   * in a stored body, a name split across text runs and links is replaced too.
   */
  json<T>(value: T): T;
  /** A source as it may leave the workstation: a confidential one keeps no name, no contact, no title that names them. */
  source(source: Source): Source;
}

function redactJson(value: unknown, matcher: IdentityMatcher, depth: number): unknown {
  if (typeof value === 'string') return replaceMatches(value, matcher);
  // Bodies are bounded in depth by validation; this bound only stops a hostile value.
  if (depth > 256 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactJson(item, matcher, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = redactJson(item, matcher, depth + 1);
  // Children already redacted one string at a time; what is left spans several of them.
  return redactRuns(out, matcher);
}

/** A redactor for the identities of the confidential sources among `sources`. */
export function createRedactor(sources: readonly IdentitySource[]): Redactor {
  const matcher = confidentialMatcher(sources);
  const text = (value: string): string => replaceMatches(value, matcher);

  function source(record: Source): Source {
    if (!isConfidential(record) || record.interview === null) return { ...record, ...redactFields(record, text) };
    // The record's own identity, whether or not it was among the redactor's sources.
    const own = confidentialMatcher([record]);
    const both = (value: string) => replaceMatches(text(value), own);
    const fields = redactFields(record, both);
    return {
      ...record,
      ...fields,
      title: own.find(record.title).length > 0 ? CONFIDENTIAL_PLACEHOLDER : fields.title,
      interview: { ...record.interview, name: CONFIDENTIAL_PLACEHOLDER, contact: '' },
    };
  }

  return {
    active: matcher.active,
    text,
    json: <T>(value: T): T => (matcher.active ? (redactJson(value, matcher, 0) as T) : value),
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
