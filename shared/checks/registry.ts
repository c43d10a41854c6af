import { DEFAULT_CHECK_CONTEXT, type CheckContext } from './context';
import type { Check, CheckedArticle } from './check';
import type { Finding, Severity } from './finding';
import { checkHeadlineLength, checkMetadataMissing } from './metadata';
import { SOURCE_CHECKS } from './sources/index';
import { checkImages } from './images';
import { REVIEW_CHECKS } from './review/index';
import { checkHouseStyle } from './style/style';

export type { Check, CheckedArticle } from './check';

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
