import { openGalley } from '../../../electron/services';
import { seedSession } from '../../support/seed-session';
import type { ArticleBody } from '../../../shared/content/body';
import { generateLongArticle } from '../data/long-article';
import { typingEditor } from '../data/typing-edits';
import { row, type BenchRow } from '../support/results';
import { scratchDir } from '../support/paths';
import { trackGc, type GcTracker } from '../support/gc';
import { now, summarize, type Summary } from '../support/stats';
import { openRawDocumentStore } from './raw-document-store';
import { measureSaveParts, type SavePartsResult } from './save-parts';

export interface AutosaveOptions {
  warmup: number;
  iterations: number;
  partsIterations: number;
  log: (message: string) => void;
}

export interface AutosaveDetails {
  words: { generated: number; galley: number };
  bodyBytes: number;
  galleyService: Summary;
  galleyRouter: Summary;
  raw: Summary;
  /** How much of Galley's save time was the garbage collector's (service path). */
  gc: GcDuringSaves;
  parts: SavePartsResult;
}

export interface GcDuringSaves {
  pauses: number;
  pausedMsTotal: number;
  /** The saves at or above the p95, and how many of them a collector pause fell into. */
  slowSaves: number;
  slowSavesPausedByGc: number;
  /** The service saves no collector pause fell into. */
  withoutGc: Summary;
}

const GROUP = 'autosave 20k words';
const P99_TARGET_MS = 20;

/**
 * Autosave of a 20,000-word article: Galley's save (validation, metadata, body and search
 * index in one durable transaction) against the raw durable write of the same JSON.
 * The three ways of saving take turns in a rotating order, so that drift in the machine
 * (other processes, the page cache, the WAL growing) lands on all of them alike.
 */
export async function benchAutosave(options: AutosaveOptions): Promise<{ rows: BenchRow[]; details: AutosaveDetails }> {
  const scratch = scratchDir('autosave');
  const galley = openGalley({ dataDir: scratch.path, log: () => {} });
  const raw = openRawDocumentStore(scratch.path);
  try {
    const long = generateLongArticle();
    const body: ArticleBody = structuredClone(long.body);
    // A signed-in writer: the router path includes resolving the session, as in the app.
    const { session, token } = seedSession(galley, 'bench', 'writer');
    const created = galley.services.articles.create(session, { headline: long.headline }, body);
    let version = created.version;
    const edit = typingEditor(body, long.middleParagraph);

    const service: number[] = [];
    const serviceSpans: Span[] = [];
    const router: number[] = [];
    const direct: number[] = [];
    const savers: Array<() => Promise<void>> = [
      async () => {
        const started = now();
        version = galley.services.articles.save(session, { id: created.id, baseVersion: version, body }).version;
        const ended = now();
        service.push(ended - started);
        serviceSpans.push({ start: started, end: ended });
      },
      async () => {
        const started = now();
        const result = await galley.dispatch('articles.save', { id: created.id, baseVersion: version, body }, token);
        const elapsed = now() - started;
        if (!result.ok) throw new Error(`articles.save failed: ${result.error.code} ${result.error.message}`);
        version = (result.value as { version: number }).version;
        router.push(elapsed);
      },
      async () => {
        const started = now();
        raw.save(created.id, body);
        direct.push(now() - started);
      },
    ];

    options.log(`autosave: ${options.warmup} warm-up + ${options.iterations} measured rounds (service, router, raw)`);
    const gc = trackGc();
    for (let round = 0; round < options.warmup + options.iterations; round += 1) {
      if (round === options.warmup) {
        service.length = 0;
        serviceSpans.length = 0;
        router.length = 0;
        direct.length = 0;
      }
      edit();
      // Rotate who goes first: the first save after an edit is not favoured or penalised.
      for (let turn = 0; turn < savers.length; turn += 1) {
        const saver = savers[(round + turn) % savers.length];
        if (saver) await saver();
      }
    }

    const gcPauses = await gc.stop();
    const galleyService = summarize(service);
    const gcDuringSaves = gcInSaves(serviceSpans, gc, gcPauses.pauses, galleyService.p95);

    const parts = measureSaveParts(galley.db, created.id, body, edit, options.partsIterations, options.warmup);
    const galleyWords = galley.services.articles.get(created.id).wordCount;
    const details: AutosaveDetails = {
      words: { generated: long.words, galley: galleyWords },
      bodyBytes: JSON.stringify(body).length,
      galleyService,
      galleyRouter: summarize(router),
      raw: summarize(direct),
      gc: gcDuringSaves,
      parts,
    };
    return { rows: autosaveRows(details), details };
  } finally {
    raw.close();
    galley.close();
    scratch.remove();
  }
}

type Span = { start: number; end: number };

function gcInSaves(spans: readonly Span[], gc: GcTracker, pauses: number, p95: number): GcDuringSaves {
  const paused = (span: Span) => gc.pausedDuring(span.start, span.end);
  const slow = spans.filter((span) => span.end - span.start >= p95);
  return {
    pauses,
    pausedMsTotal: spans.reduce((sum, span) => sum + paused(span), 0),
    slowSaves: slow.length,
    slowSavesPausedByGc: slow.filter((span) => paused(span) > 0).length,
    withoutGc: summarize(spans.filter((span) => paused(span) === 0).map((span) => span.end - span.start)),
  };
}

function autosaveRows(d: AutosaveDetails): BenchRow[] {
  const baseline = 'raw SQLite upsert';
  const rows = [
    row(GROUP, 'save p50', d.galleyService.p50, d.raw.p50, baseline),
    row(GROUP, 'save p95', d.galleyService.p95, d.raw.p95, baseline),
    row(GROUP, 'save p99', d.galleyService.p99, d.raw.p99, baseline, { maxMs: P99_TARGET_MS }),
    row(GROUP, 'save via router (IPC path) p99', d.galleyRouter.p99, d.raw.p99, baseline),
    row(GROUP, `save p99 of the ${d.gc.withoutGc.n} saves no GC pause fell into`, d.gc.withoutGc.p99, d.raw.p99, baseline),
  ];
  for (const part of d.parts.parts) {
    rows.push(row(GROUP, `part: ${part.name} p50 (p95 ${part.summary.p95.toFixed(2)})`, part.summary.p50, null, 'part of a save'));
  }
  rows.push(row(GROUP, 'parts summed p50 vs whole save p50', d.parts.sumOfMedians, d.galleyService.p50, 'whole save'));
  return rows;
}
