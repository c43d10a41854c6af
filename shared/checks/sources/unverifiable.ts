import type { Check } from '../check';
import { scannedBody } from '../../content/scan';
import { citedIds, sourceLabel } from './common';

/** SOURCE_UNVERIFIABLE: a cited source gives an editor no way to check it: no address and no notes. */
export const checkUnverifiableSources: Check = (article, context) => {
  const cited = citedIds(scannedBody(article.body));
  return (context.sources ?? [])
    .filter((source) => cited.has(source.id) && source.url.trim() === '' && source.notes.trim() === '')
    .map((source) => ({
      code: 'SOURCE_UNVERIFIABLE',
      severity: 'warn' as const,
      message: `${sourceLabel(source)} is cited but has neither an address nor notes. Add its URL, or notes on how it can be checked.`,
      location: { kind: 'source' as const, sourceId: source.id },
    }));
};
