import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/content/canonical-json';
import type { ArticleMeta } from '../../shared/domain/article';
import type { ArticleBody } from '../../shared/content/body';

/** The hash an approval will bind to: body and metadata, independent of key order. */
export function contentHash(meta: ArticleMeta, body: ArticleBody): string {
  return createHash('sha256').update(canonicalJson({ meta, body })).digest('hex');
}
