import type { Check } from '../registry';
import type { Finding } from '../finding';
import { scannedBody } from '../../content/scan';
import { isConfidential, type Source } from '../../domain/source';
import { confidentialIdentities, identityPattern } from '../../sources/redaction';

/**
 * CONFIDENTIAL_SOURCE_EXPOSED: a confidential source's name (or contact) is in text that
 * would be published: the headline, the dek, the body or a footnote. The name is found
 * with the same pattern the exports redact with, and the message never repeats it:
 * findings are printed by `galley check` and shown to everyone who opens the article.
 */
export const checkConfidentialExposure: Check = (article, context) => {
  const confidential: Source[] = [...(context.sources ?? []), ...(context.unattachedSources ?? [])].filter(isConfidential);
  if (confidential.length === 0) return [];
  const findings: Finding[] = [];
  const message = (where: string) =>
    `The identity of a confidential source appears in ${where}. Remove the name (describe the source by role instead, as the attribution rule allows).`;

  for (const source of confidential) {
    const pattern = identityPattern(confidentialIdentities([source]));
    if (pattern === null) continue;
    const find = (text: string) => {
      pattern.lastIndex = 0;
      return pattern.exec(text);
    };
    if (find(article.meta.headline) !== null) {
      findings.push({ code: 'CONFIDENTIAL_SOURCE_EXPOSED', severity: 'block', message: message('the headline'), location: { kind: 'field', field: 'headline' } });
    }
    if (find(article.meta.dek) !== null) {
      findings.push({ code: 'CONFIDENTIAL_SOURCE_EXPOSED', severity: 'block', message: message('the standfirst'), location: { kind: 'field', field: 'dek' } });
    }
    const scan = scannedBody(article.body);
    for (const block of scan.blocks) {
      pattern.lastIndex = 0;
      for (const match of block.text.matchAll(pattern)) {
        findings.push({
          code: 'CONFIDENTIAL_SOURCE_EXPOSED',
          severity: 'block',
          message: message('the text'),
          location: { kind: 'text', block: block.index, offset: match.index, length: match[0].length },
        });
      }
    }
    for (const footnote of scan.footnotes) {
      if (find(footnote.text) === null) continue;
      findings.push({
        code: 'CONFIDENTIAL_SOURCE_EXPOSED',
        severity: 'block',
        message: message(`footnote ${footnote.number}`),
        location: { kind: 'footnote', noteId: footnote.noteId },
      });
    }
  }
  return findings;
};
