import { createHash } from 'node:crypto';
import { canonicalJson } from '../content/canonical-json';
import type { ArticleMeta } from '../domain/article';
import type { ArticleBody } from '../content/body';

/**
 * The hash an approval binds to: body and metadata, independent of key order. One rule for
 * the workstation (its articles' rows) and the hub (its copy of the shared document), so an
 * approval decided on the hub names the same text everywhere.
 */
export function contentHash(meta: ArticleMeta, body: ArticleBody): string {
  return createHash('sha256').update(canonicalJson({ meta, body })).digest('hex');
}
