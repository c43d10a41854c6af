import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE, openGalley } from '../../../electron/services';
import { seedSession } from '../../support/seed-session';
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations/index';
import type { ArticleMeta } from '../../../shared/domain/article';
import { GENERATOR_VERSION, NewsGenerator, type GeneratedArticle } from '../data/corpus';
import { bodyOfBlocks, paragraph, text } from '../data/lexical-json';
import { createRandom } from '../data/random';
import { CACHE_DIR } from '../support/paths';

/** What the search benchmark runs on, and how it came to be. */
export interface SearchCorpus {
  dataDir: string;
  articles: number;
  generatorVersion: number;
  schemaVersion: number;
  /** True when this run built it; false when it came from the cache. */
  builtNow: boolean;
  /** How long generating and inserting took when it was built (this run or an earlier one). */
  buildSeconds: number;
  insertPath: string;
  databaseBytes: number;
}

interface Manifest {
  generatorVersion: number;
  schemaVersion: number;
  articles: number;
  buildSeconds: number;
  insertPath: string;
  builtAt: string;
}

const SEED = 'galley-bench:search';
const BATCH = 1_000;
// The corpus spans about a year and a half of edits, newest last, so the list's sort
// by updated_at has real work to do.
const FIRST_EDIT = Date.UTC(2024, 0, 2, 7, 0, 0);

function slugOf(headline: string): string {
  return headline
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

function metaOf(article: GeneratedArticle): ArticleMeta {
  return {
    headline: article.headline,
    dek: article.dek,
    bylines: article.bylines,
    section: article.section,
    tags: article.tags,
    slug: slugOf(article.headline),
    dateline: '',
    language: 'en',
  };
}

/**
 * The 100,000-article database, cached under bench-results/cache/ and keyed by generator
 * and schema version, so only the first run (or a run after either changes) pays for it.
 *
 * Articles go in through `services.articles.create`, Galley's own path (headless
 * validation, article row, body row, FTS row), a thousand to a transaction: create's own
 * transaction becomes a savepoint inside it, so the data is exactly what Galley writes,
 * without an fsync per article.
 */
export function ensureSearchCorpus(count: number, log: (message: string) => void): SearchCorpus {
  const key = `search-g${GENERATOR_VERSION}-s${LATEST_SCHEMA_VERSION}-n${count}`;
  const dir = join(CACHE_DIR, key);
  const manifestFile = join(dir, 'manifest.json');
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    log(`search: using cached corpus ${key} (built in ${manifest.buildSeconds.toFixed(0)} s)`);
    return describe(dir, manifest, false);
  }

  mkdirSync(CACHE_DIR, { recursive: true });
  const building = join(CACHE_DIR, `${key}.building-${process.pid}`);
  rmSync(building, { recursive: true, force: true });
  log(`search: generating ${count.toLocaleString('en-GB')} articles into ${key} (first run only)…`);
  const started = performance.now();
  let clock = FIRST_EDIT;
  const galley = openGalley({ dataDir: building, now: () => new Date(clock), log: () => {} });
  try {
    const generator = new NewsGenerator(SEED);
    const gaps = createRandom(`${SEED}:clock`);
    const { session } = seedSession(galley, 'bench', 'writer');
    const insertBatch = galley.db.transaction((from: number, to: number) => {
      for (let index = from; index < to; index += 1) {
        const article = generator.article(index);
        clock += gaps.int(30, 900) * 1000;
        const body = bodyOfBlocks(article.paragraphs.map((p) => paragraph([text(p)])));
        galley.services.articles.create(session, metaOf(article), body);
      }
    });
    for (let from = 0; from < count; from += BATCH) {
      insertBatch.immediate(from, Math.min(count, from + BATCH));
      if ((from / BATCH) % 10 === 9) {
        const done = from + BATCH;
        const seconds = (performance.now() - started) / 1000;
        log(`search:   ${done.toLocaleString('en-GB')} articles, ${seconds.toFixed(0)} s`);
      }
    }
    galley.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    galley.close();
  }
  const manifest: Manifest = {
    generatorVersion: GENERATOR_VERSION,
    schemaVersion: LATEST_SCHEMA_VERSION,
    articles: count,
    buildSeconds: (performance.now() - started) / 1000,
    insertPath: `services.articles.create, ${BATCH} per transaction`,
    builtAt: new Date().toISOString(),
  };
  writeFileSync(join(building, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  log(`search: corpus built in ${manifest.buildSeconds.toFixed(0)} s`);
  return describe(dir, manifest, true);
}

function describe(dir: string, manifest: Manifest, builtNow: boolean): SearchCorpus {
  return {
    dataDir: dir,
    articles: manifest.articles,
    generatorVersion: manifest.generatorVersion,
    schemaVersion: manifest.schemaVersion,
    builtNow,
    buildSeconds: manifest.buildSeconds,
    insertPath: manifest.insertPath,
    databaseBytes: statSync(join(dir, DATABASE_FILE)).size,
  };
}
