import type { ArticleBody } from '../content/body';
import type { ArticleMeta } from '../domain/article';
import type { CheckContext } from './context';
import type { Finding } from './finding';

/** What every check reads: the article as it would be approved. */
export interface CheckedArticle {
  id: string;
  meta: ArticleMeta;
  body: ArticleBody;
}

/** A check is a pure function; it never throws for content it does not like, it reports it. */
export type Check = (article: CheckedArticle, context: CheckContext) => readonly Finding[];
