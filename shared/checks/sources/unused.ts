import type { Check } from '../check';
import { scannedBody } from '../../content/scan';
import { citedIds, sourceLabel } from './common';

/** SOURCE_UNUSED: a source attached to the article that nothing in it cites. For information only. */
export const checkUnusedSources: Check = (article, context) => {
  const cited = citedIds(scannedBody(article.body));
  return (context.sources ?? [])
    .filter((source) => !cited.has(source.id))
    .map((source) => ({
      code: 'SOURCE_UNUSED',
      severity: 'info' as const,
      message: `${sourceLabel(source)} is attached but cited nowhere. Cite it where it supports the text, or remove it from the article.`,
      location: { kind: 'source' as const, sourceId: source.id },
    }));
};
