import type { ArticleBody } from '../content/body';
import type { ArticleMeta } from '../domain/article';
import { DEFAULT_CHECK_CONTEXT, type CheckContext } from './context';
import type { Finding, Severity } from './finding';
import { checkHeadlineLength, checkMetadataMissing } from './metadata';
import { SOURCE_CHECKS } from './sources/index';
import { checkImages } from './images';
import { REVIEW_CHECKS } from './review/index';
import { checkHouseStyle } from './style/style';

/** What every check reads: the article as it would be approved. */
export interface CheckedArticle {
  id: string;
  meta: ArticleMeta;
  body: ArticleBody;
}

/** A check is a pure function; it never throws for content it does not like, it reports it. */
export type Check = (article: CheckedArticle, context: CheckContext) => readonly Finding[];

/** Every publish-readiness check, in the order their findings are listed. A new check is one entry here. */
export const CHECKS: readonly Check[] = [checkMetadataMissing, checkHeadlineLength, ...SOURCE_CHECKS, checkImages, ...REVIEW_CHECKS, checkHouseStyle];

const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** Runs the checks; findings come back most severe first, in check order within a severity. */
export function runChecks(
  article: CheckedArticle,
  context: CheckContext = DEFAULT_CHECK_CONTEXT,
  checks: readonly Check[] = CHECKS,
): Finding[] {
  const records = context.recordsFor?.(article.id);
  const full = records === undefined ? context : { ...context, ...records };
  const findings = checks.flatMap((check) => check(article, full));
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
