import type { Finding, Severity } from './finding';

/**
 * The words people see for a finding. Codes (`METADATA_MISSING`) are the interface of the
 * command line, the API and the approval record; every screen shows these titles and
 * severity names instead, so the Checks panel, the Rights panel and the approval gate speak
 * one vocabulary.
 */
const TITLES: Readonly<Record<string, string>> = {
  METADATA_MISSING: 'Missing metadata',
  HEADLINE_TOO_LONG: 'Headline too long',
  ARTICLE_UNSOURCED: 'No sources',
  SOURCE_DANGLING_REFERENCE: 'Reference to a missing source',
  SOURCE_DUPLICATE: 'Duplicate source',
  SOURCE_UNUSED: 'Unused source',
  SOURCE_UNVERIFIABLE: 'Unverifiable source',
  FOOTNOTE_EMPTY: 'Empty footnote',
  CONFIDENTIAL_SOURCE_EXPOSED: 'Confidential source exposed',
  IMAGE_ALT_MISSING: 'Missing alt text',
  IMAGE_LICENCE_MISSING: 'Missing licence',
  IMAGE_CREDIT_MISSING: 'Missing credit',
  IMAGE_LICENCE_NONCOMMERCIAL: 'Non-commercial licence',
  IMAGE_LICENCE_NO_DERIVATIVES: 'Licence allows no changes',
  IMAGE_RIGHTS_EXPIRED: 'Image rights ended',
  IMAGE_RIGHTS_EXPIRING: 'Image rights ending soon',
  IMAGE_AI_UNDISCLOSED: 'AI image not disclosed',
  IMAGE_RESTRICTION: 'Image use restricted',
  COMMENT_UNRESOLVED_BLOCKING: 'Blocking comment open',
  CLAIM_UNCHECKED: 'Claim not checked',
  CLAIM_FALSE: 'False claim',
  CLAIM_DISPUTED: 'Disputed claim',
  CLAIM_UNVERIFIABLE: 'Unverifiable claim',
  CLAIM_VERDICT_OUTDATED: 'Claim changed since its verdict',
  STYLE_PREFERRED_FORM: 'House style',
  STYLE_BANNED_WORD: 'Word to avoid',
  STYLE_INCONSISTENT_NAME: 'Name spelled two ways',
};

/** A finding's short title ("Missing metadata"). A code without one still reads as words, never as a code. */
export function findingTitle(finding: Pick<Finding, 'code'>): string {
  const title = TITLES[finding.code];
  if (title !== undefined) return title;
  const words = finding.code.toLowerCase().replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const SEVERITY_WORDS: Readonly<Record<Severity, { one: string; many: string }>> = {
  block: { one: 'Blocking', many: 'Blocking' },
  warn: { one: 'Warning', many: 'Warnings' },
  info: { one: 'Note', many: 'Notes' },
};

/** A severity's name: "Blocking", "Warning", "Note"; pass a count other than 1 for a group's heading ("Warnings"). */
export function severityLabel(severity: Severity, count = 1): string {
  const words = SEVERITY_WORDS[severity];
  return count === 1 ? words.one : words.many;
}

/** Every code with its own title: the test checks each code a check can raise is among them. */
export const TITLED_CODES: readonly string[] = Object.keys(TITLES);
