import type { ArticleMeta } from '../../domain/article';
import { oneLine } from './clean-text';
import { safeWebUrl } from './safe-url';

/** One byline as the structured exports name it: the name, and the author page when it has one. */
export interface Byline {
  name: string;
  url: string | null;
}

/** The article's bylines with something in them, in order, each with its author page (a web address) or null. */
export function bylinesOf(meta: Pick<ArticleMeta, 'bylines' | 'bylineUrls'>): Byline[] {
  return meta.bylines
    .map((byline) => ({ name: oneLine(byline), url: safeWebUrl(meta.bylineUrls?.[byline] ?? null) }))
    .filter((byline) => byline.name !== '');
}
