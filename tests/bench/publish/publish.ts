import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminToken, parseAdminKey } from '../../../electron/publishing/targets/ghost/token';
import type { OutgoingArticle } from '../../../electron/publishing/targets/target';
import { ghostPost } from '../../../electron/publishing/targets/ghost/post';
import { startGhost, stopGroup } from '../../integration/support/backends';
import { row, type BenchRow } from '../support/results';
import { now, summarize, type Summary } from '../support/stats';
import { benchArticles } from './articles';
import { outboxPublisher } from './outbox-publisher';

/**
 * Publishing to a real Ghost (started from the integration tests' cached install, with a
 * fresh database): N approved articles through Galley, against the same N posts sent by
 * direct Admin API calls, one post each, interleaved (which side goes first flips every
 * round) so that Ghost's growing database and a busy moment land on both.
 */

/** Publishes one (prepared) article the way Galley does. */
export type GalleyPublisher = (article: OutgoingArticle) => Promise<void>;

/** The Galley side: approved articles made beforehand, then each one's Publish through the outbox. */
export type GalleySide = (
  site: { url: string; adminApiKey: string },
  articles: readonly OutgoingArticle[],
) => Promise<{ publish: GalleyPublisher; close: () => void }>;

/**
 * The baseline: the same post, ready-made (the very JSON Galley's Ghost target sends: body
 * HTML with byline and footnotes, tags with Galley's internal marker tag, excerpt, slug),
 * in one Admin API POST, as a script that already had it would send it. So the ratio is what
 * Galley adds (the workflow step, the outbox's records, building and rendering the payload),
 * not a difference in what Ghost is asked to store.
 */
function directPublisher(url: string, adminApiKey: string, articles: readonly OutgoingArticle[]): (article: OutgoingArticle) => Promise<void> {
  const key = parseAdminKey(adminApiKey);
  const ready = new Map(articles.map((article) => [article.articleId, JSON.stringify({ posts: [ghostPost(article, {}, new Date())] })]));
  return async (article) => {
    const response = await fetch(`${url}/ghost/api/admin/posts/?source=html&formats=html`, {
      method: 'POST',
      headers: { authorization: `Ghost ${adminToken(key, new Date())}`, 'content-type': 'application/json', 'accept-version': 'v6.0' },
      body: ready.get(article.articleId),
    });
    await response.text();
    if (response.status !== 201) throw new Error(`direct Admin API call failed: HTTP ${response.status}`);
  };
}

export interface PublishBenchOptions {
  articles: number;
  warmup: number;
  log: (message: string) => void;
  /** The Galley side; a desk chief's Publish through the outbox when not given. */
  galley?: GalleySide;
}

export interface PublishDetails {
  articles: number;
  galley: Summary & { totalMs: number };
  direct: Summary & { totalMs: number };
  ghostStartSeconds: number;
}

const GROUP = 'publish to real Ghost';

export async function benchPublish(options: PublishBenchOptions): Promise<{ rows: BenchRow[]; details: PublishDetails }> {
  const dir = mkdtempSync(join(tmpdir(), 'galley-bench-ghost-'));
  const startedAt = now();
  const ghost = await startGhost(join(dir, 'ghost'), (line) => options.log(`publish: ${line}`));
  const ghostStartSeconds = (now() - startedAt) / 1000;
  let closeGalley = () => {};
  try {
    const site = { url: ghost.url, adminApiKey: ghost.adminApiKey };
    const total = options.warmup + options.articles;
    const galleyArticles = benchArticles(total, 'galley');
    options.log(`publish: preparing ${total} approved articles in Galley`);
    const galleySide = await (options.galley ?? outboxPublisher)(site, galleyArticles);
    closeGalley = galleySide.close;
    const galley = galleySide.publish;
    const directArticles = benchArticles(total, 'direct');
    const direct = directPublisher(ghost.url, ghost.adminApiKey, directArticles);
    const samples = { galley: [] as number[], direct: [] as number[] };
    const time = async (work: () => Promise<void>) => {
      const started = now();
      await work();
      return now() - started;
    };
    for (let i = 0; i < total; i += 1) {
      const galleyFirst = i % 2 === 0;
      const g = galleyArticles[i] as OutgoingArticle;
      const d = directArticles[i] as OutgoingArticle;
      let galleyMs: number;
      let directMs: number;
      if (galleyFirst) {
        galleyMs = await time(() => galley(g));
        directMs = await time(() => direct(d));
      } else {
        directMs = await time(() => direct(d));
        galleyMs = await time(() => galley(g));
      }
      if (i < options.warmup) continue;
      samples.galley.push(galleyMs);
      samples.direct.push(directMs);
      if ((i - options.warmup + 1) % 25 === 0) options.log(`publish: ${i - options.warmup + 1} of ${options.articles} each`);
    }
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const galleyStats = { ...summarize(samples.galley), totalMs: sum(samples.galley) };
    const directStats = { ...summarize(samples.direct), totalMs: sum(samples.direct) };
    const name = 'the same post, one direct Admin API POST';
    return {
      rows: [
        row(GROUP, `${options.articles} articles, total`, galleyStats.totalMs, directStats.totalMs, name, { maxRatio: 1.15 }),
        row(GROUP, 'per article p50', galleyStats.p50, directStats.p50, name),
        row(GROUP, 'per article p95', galleyStats.p95, directStats.p95, name),
      ],
      details: { articles: options.articles, galley: galleyStats, direct: directStats, ghostStartSeconds },
    };
  } finally {
    closeGalley();
    await stopGroup(ghost.pid);
    rmSync(dir, { recursive: true, force: true });
  }
}
