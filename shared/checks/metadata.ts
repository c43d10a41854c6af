import type { Check } from './check';
import type { Finding } from './finding';

const field = (name: string) => ({ kind: 'field' as const, field: name });

/** METADATA_MISSING: an article cannot go out without a headline, a byline and a section. */
export const checkMetadataMissing: Check = ({ meta }) => {
  const findings: Finding[] = [];
  const missing = (name: string, message: string) =>
    findings.push({ code: 'METADATA_MISSING', severity: 'block', message, location: field(name) });
  if (meta.headline.trim() === '') missing('headline', 'The headline is empty: write one.');
  if (meta.bylines.every((byline) => byline.trim() === '')) missing('bylines', 'There is no byline: add the writer’s name.');
  if (meta.section.trim() === '') missing('section', 'The section is empty: choose where the article runs.');
  return findings;
};

/** HEADLINE_TOO_LONG: over the outlet's limit, counted in characters as a reader sees them. */
export const checkHeadlineLength: Check = ({ meta }, { headlineLimit }) => {
  const length = [...meta.headline.trim()].length;
  if (length <= headlineLimit) return [];
  return [
    {
      code: 'HEADLINE_TOO_LONG',
      severity: 'warn',
      message: `The headline is ${length} characters; the limit is ${headlineLimit}. Shorten it by ${length - headlineLimit}.`,
      location: field('headline'),
    },
  ];
};
