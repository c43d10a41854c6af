import { figuresIn, type FigureFields } from '../content/nodes/figure-data';
import { licenceById } from '../licences/catalogue';
import { isSyntheticSourceType } from '../licences/digital-source-type';
import { figureCredit } from '../licences/image-credit';
import type { LicencePolicy } from '../licences/policy';
import type { Finding } from './finding';
import { findingKey } from './finding';
import { captionDisclosesAi } from './images-disclosure';
import { NO_IMAGE_LIBRARY, type ImageRecord } from './images-context';
import type { Check } from './check';

const DAY_MS = 86_400_000;

/** The moment rights dated `expiresOn` (the last day of use) end: midnight UTC after that day. */
export function rightsEnd(expiresOn: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(expiresOn);
  if (match === null) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1);
}

const quoted = (text: string, max = 160): string => {
  const tidy = text.replace(/\s+/g, ' ').trim();
  return `“${tidy.length > max ? `${tidy.slice(0, max - 1)}…` : tidy}”`;
};

/**
 * The findings for one figure: its own fields (caption, alt text, credit override, crop,
 * rotation) against its image's rights, the licence policy and the publication time. The
 * Rights panel calls this as the person types; the checks call it for every figure.
 * `record` is null when the image is not in the library.
 */
export function imageFindings(
  figure: FigureFields,
  record: ImageRecord | null,
  policy: LicencePolicy,
  publicationTime: Date,
): Finding[] {
  const location = { kind: 'asset' as const, assetId: figure.assetId };
  const findings: Finding[] = [];
  const add = (code: string, severity: Finding['severity'], message: string) => findings.push({ code, severity, message, location });
  const name = record === null ? 'An image' : `The image ${quoted(record.fileName, 80)}`;

  if (figure.alt.trim() === '') {
    add('IMAGE_ALT_MISSING', 'block', `${name} has no alt text: describe what it shows for readers who cannot see it.`);
  }
  if (record === null) {
    add(
      'IMAGE_LICENCE_MISSING',
      'block',
      `${name} is not in this workstation’s image library, so its licence cannot be checked: insert it again from the file.`,
    );
    return findings;
  }
  const { rights } = record;
  const licence = rights.licence === null ? null : licenceById(rights.licence.id);

  if (licence === null) {
    add('IMAGE_LICENCE_MISSING', 'block', `${name} has no licence: choose one in the Rights panel.`);
  }
  if (figureCredit(figure.credit, rights).text === '') {
    add(
      'IMAGE_CREDIT_MISSING',
      'block',
      `${name} has no credit line and none can be made: enter its creator or credit line in the Rights panel, or write a credit.`,
    );
  }
  if (licence !== null && licence.nonCommercial && policy.commercial) {
    add(
      'IMAGE_LICENCE_NONCOMMERCIAL',
      policy.nonCommercialSeverity,
      `${name} is licensed ${licence.short} (non-commercial only), and this outlet is commercial: get a commercial licence or use another image.`,
    );
  }
  if (licence !== null && licence.noDerivatives && (figure.crop !== null || figure.rotation !== 0)) {
    const edits = [figure.crop !== null ? 'cropped' : '', figure.rotation !== 0 ? 'rotated' : ''].filter(Boolean).join(' and ');
    add(
      'IMAGE_LICENCE_NO_DERIVATIVES',
      'block',
      `${name} is licensed ${licence.short}, which allows no changes, but it is ${edits}: show it whole and upright.`,
    );
  }
  const end = rights.expiresOn === null ? null : rightsEnd(rights.expiresOn);
  if (end !== null) {
    const left = end - publicationTime.getTime();
    if (left <= 0) {
      add('IMAGE_RIGHTS_EXPIRED', 'block', `${name} may be used only until ${rights.expiresOn}: its rights have ended. Renew them or use another image.`);
    } else if (left <= policy.expiringWithinDays * DAY_MS) {
      const days = Math.max(1, Math.ceil(left / DAY_MS));
      add(
        'IMAGE_RIGHTS_EXPIRING',
        'warn',
        `${name} may be used only until ${rights.expiresOn}, ${days} day${days === 1 ? '' : 's'} after publication: renew the rights or plan to take it down.`,
      );
    }
  }
  const aiGenerated = rights.aiGenerated || isSyntheticSourceType(rights.digitalSourceType);
  if (aiGenerated && !captionDisclosesAi(figure.caption)) {
    add('IMAGE_AI_UNDISCLOSED', 'block', `${name} was made with AI, and its caption does not say so: tell readers in the caption.`);
  }
  const restrictions = [
    rights.restrictions.trim() === '' ? '' : `special instructions ${quoted(rights.restrictions)}`,
    rights.usageTerms.trim() === '' ? '' : `usage terms ${quoted(rights.usageTerms)}`,
  ].filter(Boolean);
  if (restrictions.length > 0) {
    add('IMAGE_RESTRICTION', 'warn', `${name} carries ${restrictions.join(' and ')}: make sure this use honours them.`);
  }
  return findings;
}

/**
 * Every figure's findings (see imageFindings). The same image shown twice with the same
 * problem is reported once: the finding points at the image, not at each copy.
 */
export const checkImages: Check = (article, context) => {
  const images = context.images ?? NO_IMAGE_LIBRARY;
  const figures = figuresIn(article.body);
  if (figures.length === 0) return [];
  const policy = images.policy();
  const publicationTime = images.publicationTime(article.id);
  const records = new Map<string, ImageRecord | null>();
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const figure of figures) {
    if (!records.has(figure.assetId)) records.set(figure.assetId, images.asset(figure.assetId));
    for (const finding of imageFindings(figure, records.get(figure.assetId) ?? null, policy, publicationTime)) {
      const key = `${findingKey(finding)}\n${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(finding);
    }
  }
  return findings;
};
