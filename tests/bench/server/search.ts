import { openGalley } from '../../../electron/services';
import { toFtsQuery } from '../../../electron/articles/search-query';
import { row, type BenchRow } from '../support/results';
import { interleaveAll, type RepetitionBudget } from '../support/interleave';
import { now, summarize, type Summary } from '../support/stats';
import { openRawSearch } from './raw-search';
import { ensureSearchCorpus, type SearchCorpus } from './search-corpus';
import { benchQueries, pickRareWords, type QueryKind } from './search-queries';

export interface SearchOptions {
  articles: number;
  /**
   * Measured time allowed per query (Galley and baseline together). Fast queries get more
   * repetitions, up to `maxRepetitions`; slow ones at least `minRepetitions`, so one slow
   * query cannot eat the whole run and a fast one still gets a stable p95.
   */
  budgetMsPerQuery: number;
  minRepetitions: number;
  maxRepetitions: number;
  warmup: number;
  log: (message: string) => void;
}

export interface QueryDetail {
  kind: QueryKind | 'list';
  text: string;
  ftsQuery: string | null;
  offset: number;
  total: number;
  repetitions: number;
  galley: Summary;
  /** The raw query with FTS5's snippet() for the excerpts (for the unfiltered list, no excerpts). */
  raw: Summary;
  /** The raw query without excerpts; null for the unfiltered list, where it is `raw`. */
  rawWithoutExcerpts: Summary | null;
}

export interface SearchDetails {
  corpus: SearchCorpus;
  queries: QueryDetail[];
  byKind: Record<string, { galley: Summary; raw: Summary; rawWithoutExcerpts: Summary }>;
}

const GROUP = 'search 100k';
const PAGE = 100;
const DEEP_OFFSET = 50_000;
const TARGET = { maxRatio: 1.2, maxMs: 100 };

/**
 * Search over the 100,000-article corpus: `services.articles.list(query, offset, 100)`
 * against the same page from raw SQL on its own connection, with FTS5's excerpts (the
 * target) and without them (for information), all interleaved (see support/interleave.ts).
 */
export function benchSearch(options: SearchOptions): { rows: BenchRow[]; details: SearchDetails } {
  const corpus = ensureSearchCorpus(options.articles, options.log);
  const galley = openGalley({ dataDir: corpus.dataDir, log: () => {} });
  const raw = openRawSearch(corpus.dataDir);
  try {
    const picked = now();
    const rare = pickRareWords(raw.db);
    options.log(`search: rare words ${rare.join(', ')} (found in ${((now() - picked) / 1000).toFixed(1)} s)`);

    const budget: RepetitionBudget = {
      warmup: options.warmup,
      budgetMs: options.budgetMsPerQuery,
      minRepetitions: options.minRepetitions,
      maxRepetitions: options.maxRepetitions,
    };
    const measure = (kind: QueryDetail['kind'], text: string, offset: number) => {
      const ftsQuery = toFtsQuery(text);
      let total = -1;
      const searching = ftsQuery !== null;
      const timings = interleaveAll(
        [
          () => {
            total = galley.services.articles.list(text, offset, PAGE).total;
          },
          () => raw.page(ftsQuery, offset, PAGE, true),
          ...(searching ? [() => raw.page(ftsQuery, offset, PAGE, false)] : []),
        ],
        budget,
      );
      const [galleyTimes = [], rawTimes = [], plainTimes] = timings.samples;
      const detail: QueryDetail = {
        kind,
        text,
        ftsQuery,
        offset,
        total,
        repetitions: timings.repetitions,
        galley: summarize(galleyTimes),
        raw: summarize(rawTimes),
        rawWithoutExcerpts: plainTimes ? summarize(plainTimes) : null,
      };
      return { detail, galleyTimes, rawTimes, plainTimes: plainTimes ?? [] };
    };

    const queries = benchQueries(rare);
    options.log(`search: ${queries.length} queries, up to ${options.budgetMsPerQuery / 1000} s each, then paging`);
    const details: QueryDetail[] = [];
    const samplesByKind = new Map<string, { galley: number[]; raw: number[]; plain: number[] }>();
    for (const query of queries) {
      const { detail, galleyTimes, rawTimes, plainTimes } = measure(query.kind, query.text, 0);
      details.push(detail);
      // Each kind's percentiles are over all repetitions of all its queries.
      const pooled = samplesByKind.get(query.kind) ?? { galley: [], raw: [], plain: [] };
      pooled.galley.push(...galleyTimes);
      pooled.raw.push(...rawTimes);
      pooled.plain.push(...plainTimes);
      samplesByKind.set(query.kind, pooled);
    }
    const firstPage = measure('list', '', 0).detail;
    const deepPage = measure('list', '', DEEP_OFFSET).detail;
    details.push(firstPage, deepPage);

    const byKind: SearchDetails['byKind'] = {};
    const rows: BenchRow[] = [];
    for (const [kind, pooled] of samplesByKind) {
      const g = summarize(pooled.galley);
      const r = summarize(pooled.raw);
      const plain = summarize(pooled.plain);
      byKind[kind] = { galley: g, raw: r, rawWithoutExcerpts: plain };
      rows.push(row(GROUP, `${kind} p50`, g.p50, r.p50, 'raw FTS5, snippet()'));
      rows.push(row(GROUP, `${kind} p95`, g.p95, r.p95, 'raw FTS5, snippet()', TARGET));
      rows.push(row(GROUP, `${kind} p95, against no excerpts`, g.p95, plain.p95, 'raw FTS5, none'));
    }
    rows.push(row(GROUP, 'unfiltered first page p95', firstPage.galley.p95, firstPage.raw.p95, 'raw SQL', TARGET));
    rows.push(row(GROUP, `deep page (offset ${DEEP_OFFSET.toLocaleString('en-GB')}) p95`, deepPage.galley.p95, deepPage.raw.p95, 'raw SQL', TARGET));
    return { rows, details: { corpus, queries: details, byKind } };
  } finally {
    raw.close();
    galley.close();
  }
}
