import type { Check } from '../check';
import type { Finding, FindingLocation } from '../finding';
import { scannedBody } from '../../content/scan';
import { confidentialMatcher } from '../../sources/redaction';

/**
 * CONFIDENTIAL_SOURCE_EXPOSED: a confidential source's name (or contact) is in text that
 * would be published: the headline, the dek, the body or a footnote. Every confidential
 * source of the newsroom's library counts, attached to the article or not: a name does not
 * need a citation to be exposed. The identity is found with the matcher every redaction
 * uses (shared/sources/identity-matcher), on each block's whole text, so a name split by
 * formatting or a link is found too. The message never repeats the name: findings are
 * printed by `galley check` and shown to everyone who opens the article.
 */
export const checkConfidentialExposure: Check = (article, context) => {
  const matcher = confidentialMatcher([...(context.confidentialSources ?? []), ...(context.sources ?? []), ...(context.unattachedSources ?? [])]);
  if (!matcher.active) return [];
  const findings: Finding[] = [];
  const exposed = (where: string, location: FindingLocation) =>
    findings.push({
      code: 'CONFIDENTIAL_SOURCE_EXPOSED',
      severity: 'block',
      message: `The identity of a confidential source appears in ${where}. Remove the name (describe the source by role instead, as the attribution rule allows).`,
      location,
    });

  if (matcher.find(article.meta.headline).length > 0) exposed('the headline', { kind: 'field', field: 'headline' });
  if (matcher.find(article.meta.dek).length > 0) exposed('the standfirst', { kind: 'field', field: 'dek' });
  const scan = scannedBody(article.body);
  for (const block of scan.blocks) {
    for (const match of matcher.find(block.text)) exposed('the text', { kind: 'text', block: block.index, offset: match.index, length: match.length });
  }
  for (const footnote of scan.footnotes) {
    if (matcher.find(footnote.text).length > 0) exposed(`footnote ${footnote.number}`, { kind: 'footnote', noteId: footnote.noteId });
  }
  return findings;
};
