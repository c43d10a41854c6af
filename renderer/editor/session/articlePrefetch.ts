import type { Article } from '../../../shared/domain/article';
import type { WorkflowStatus } from '../../../shared/domain/workflow';
import type { Api } from '../../platform/api';
import { savePending, whenSaved } from '../../common/saveRegistry';

/**
 * Opening an article asks for it at the click, not after the route has changed and the
 * workspace has rendered (a frame later, or more). The loaders take the answer once; one
 * not taken within a few seconds is dropped, so a later open asks afresh.
 */
interface Prefetched {
  article: Promise<Article>;
  workflow: Promise<WorkflowStatus>;
  at: number;
}

const FRESH_MS = 5_000;
const pending = new Map<string, Partial<Prefetched>>();

/** A rejection nobody takes must not surface as an unhandled one; the taker still sees it. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

export function prefetchArticle(api: Api, articleId: string): void {
  // The article first: it is the long answer, and the host answers in the order asked.
  // After any save of it still on its way, as the loader itself would; at once when there is none.
  const get = () => api.call('articles.get', { id: articleId });
  const article = quiet(savePending(articleId) ? whenSaved(articleId).then(get) : get());
  pending.set(articleId, { article, workflow: quiet(api.call('workflow.status', { articleId })), at: Date.now() });
}

/** The prefetched answer for this article, once; null when there is none or it is stale. */
export function takePrefetched<K extends 'article' | 'workflow'>(kind: K, articleId: string): Prefetched[K] | null {
  const entry = pending.get(articleId);
  if (entry === undefined || entry.at === undefined) return null;
  const promise = entry[kind];
  delete entry[kind];
  if (entry.article === undefined && entry.workflow === undefined) pending.delete(articleId);
  if (promise === undefined || Date.now() - entry.at > FRESH_MS) return null;
  return promise as Prefetched[K];
}
