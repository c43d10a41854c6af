import { runChecks, type CheckedArticle } from '../../../shared/checks/registry';
import { DEFAULT_CHECK_CONTEXT, type CheckContext } from '../../../shared/checks/context';
import { readBody } from '../../../shared/content/render/read-body';
import { emptyMeta } from '../../../shared/domain/article';
import { generateSourcedArticle } from '../data/sourced-article';
import { interleave } from '../support/interleave';
import { row, type BenchRow } from '../support/results';
import { summarize, type Summary } from '../support/stats';

export interface ChecksBenchOptions {
  warmup: number;
  budgetMs: number;
  minRepetitions: number;
  maxRepetitions: number;
  log: (message: string) => void;
}

export interface ChecksDetails {
  citations: number;
  footnotes: number;
  sources: number;
  findings: Record<string, number>;
  checks: Summary;
  readBody: Summary;
}

const GROUP = 'checks 20k words, 500 citations, 200 footnotes';
const TARGET_MS = 50;

/**
 * Every publish-readiness check on the sourced long read, against the renderers' own read
 * of the same body (read-body: one narrowing walk of the JSON). Each run gets a fresh body
 * object, as each `checks.run` does after loading the article, so the checks' shared scan
 * of the body is measured every time rather than served from its per-object cache.
 */
export function benchChecks(options: ChecksBenchOptions): { rows: BenchRow[]; details: ChecksDetails } {
  const sourced = generateSourcedArticle();
  options.log(`checks: ${sourced.citations} citations, ${sourced.footnotes} footnotes, ${sourced.sources.length} sources`);
  const meta = { ...emptyMeta(), headline: sourced.headline, bylines: ['Bench Desk'], section: 'Investigations' };
  const context: CheckContext = { ...DEFAULT_CHECK_CONTEXT, sources: sourced.sources };
  const fresh = (): CheckedArticle => ({ id: '00000000-0000-4000-8000-000000000000', meta, body: { ...sourced.body } });

  const findings: Record<string, number> = {};
  for (const finding of runChecks(fresh(), context)) findings[finding.code] = (findings[finding.code] ?? 0) + 1;
  options.log(`checks: findings ${JSON.stringify(findings)}`);

  const timings = interleave(
    () => runChecks(fresh(), context),
    () => readBody({ ...sourced.body }),
    options,
  );
  const checks = summarize(timings.a);
  const baseline = summarize(timings.b);
  const name = 'read-body walk of the same JSON';
  return {
    rows: [
      row(GROUP, 'all checks p50', checks.p50, baseline.p50, name),
      row(GROUP, 'all checks p95', checks.p95, baseline.p95, name, { maxMs: TARGET_MS }),
    ],
    details: { citations: sourced.citations, footnotes: sourced.footnotes, sources: sourced.sources.length, findings, checks, readBody: baseline },
  };
}
