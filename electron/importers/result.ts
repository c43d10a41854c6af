import type { ArticleBody } from '../../shared/content/body';
import type { ArticleMeta } from '../../shared/domain/article';

/** What every importer returns: metadata it could find, the body, and what the person should know. */
export interface ImportResult {
  meta: Partial<ArticleMeta>;
  body: ArticleBody;
  /** Things that were changed or left out, in words for the person importing. */
  warnings: string[];
}

export type Importer = (text: string, fileName: string) => ImportResult;
