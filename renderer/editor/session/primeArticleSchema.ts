import { emptyBody } from '../../../shared/content/body';
import { channels } from '../../../shared/contract/channels';
import type { Article } from '../../../shared/domain/article';

/**
 * zod sets a schema up on its first use, and without eval (Galley's CSP forbids it) that
 * takes several milliseconds for an article's: paid, until now, by the first article
 * opened, with the writer waiting. Parsing a small article while Galley is idle pays it
 * beforehand. The sample must be valid, or zod stops before setting up every part.
 */
export const SAMPLE_ARTICLE: Article = {
  id: '00000000-0000-4000-8000-000000000000',
  meta: { headline: '', dek: '', bylines: [], section: '', tags: [], slug: '', dateline: '', language: 'en' },
  body: emptyBody(),
  state: 'draft',
  version: 0,
  wordCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export function primeArticleSchema(): boolean {
  return channels['articles.get'].output.safeParse(SAMPLE_ARTICLE).success;
}
