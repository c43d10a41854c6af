import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { openPostgresHubStore } from '../../../hub/store/postgres/postgres-hub-store';
import type { HubStore, HubUpdateAudit } from '../../../hub/store/hub-store';
import { startTestPostgres } from '../../support/postgres';
import { row, type BenchRow } from '../support/results';
import { summarize, type Summary } from '../support/stats';

/**
 * The cost of the hub's one audit chain on PostgreSQL: every accepted update appends its
 * entry to the chain in the append's transaction, under `LOCK TABLE audit_entries`, so
 * appends to different documents wait for each other. Measured with N writers, each typing
 * into its own document as fast as the store acknowledges, against the same appends with no
 * audit entry (what a chain per article would come close to: no lock shared across documents).
 */
export interface HubAuditChainOptions {
  writers: readonly number[];
  appendsPerWriter: number;
  warmup: number;
  log: (message: string) => void;
}

interface Run {
  writers: number;
  appendsPerSecond: number;
  latency: Summary;
}

/** A keystroke's update, as a workstation sends one. */
function keystrokes(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getText('body').insert(i, String(i % 10));
  return updates;
}

async function run(store: HubStore, writers: number, options: HubAuditChainOptions, audited: boolean): Promise<Run> {
  const actorId = randomUUID();
  const latencies: number[] = [];
  const writer = async (index: number, appends: number, record: boolean) => {
    const articleId = randomUUID();
    const name = `article:${articleId}`;
    for (const update of keystrokes(appends)) {
      const audit: HubUpdateAudit | undefined = audited
        ? { id: randomUUID(), at: new Date().toISOString(), actorId, actorName: `writer ${index}`, action: 'update', articleId, revisionHash: null, note: null, detailsJson: '{}' }
        : undefined;
      const started = performance.now();
      await store.appendUpdate(name, update, audit);
      if (record) latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, i) => writer(i, options.warmup, false)));
  const started = performance.now();
  await Promise.all(Array.from({ length: writers }, (_, i) => writer(i, options.appendsPerWriter, true)));
  const seconds = (performance.now() - started) / 1000;
  return { writers, appendsPerSecond: (writers * options.appendsPerWriter) / seconds, latency: summarize(latencies) };
}

export async function benchHubAuditChain(options: HubAuditChainOptions): Promise<{ rows: BenchRow[]; details: unknown }> {
  const postgres = await startTestPostgres();
  const runs: Record<'chain' | 'none', Run[]> = { chain: [], none: [] };
  try {
    for (const writers of options.writers) {
      // Alternated and each on a fresh database, so neither side inherits the other's table or cache.
      for (const mode of ['none', 'chain'] as const) {
        const store = await openPostgresHubStore(await postgres.createDatabase(), { poolSize: Math.max(10, writers) });
        try {
          const result = await run(store, writers, options, mode === 'chain');
          runs[mode].push(result);
          options.log(
            `hub audit chain: ${writers} writers, ${mode === 'chain' ? 'global chain' : 'no audit'}: ${result.appendsPerSecond.toFixed(0)} appends/s, p50 ${result.latency.p50.toFixed(2)} ms, p95 ${result.latency.p95.toFixed(2)} ms`,
          );
        } finally {
          await store.close();
        }
      }
    }
  } finally {
    await postgres.stop();
  }
  const rows: BenchRow[] = [];
  runs.chain.forEach((chain, i) => {
    const none = runs.none[i]!;
    rows.push(row('hub audit chain (PostgreSQL)', `append p50, ${chain.writers} writers`, chain.latency.p50, none.latency.p50, 'append without audit'));
    rows.push(row('hub audit chain (PostgreSQL)', `append p95, ${chain.writers} writers`, chain.latency.p95, none.latency.p95, 'append without audit'));
    // Time per append across all writers (1000 / throughput): the lower, the more appends the hub takes.
    rows.push(row('hub audit chain (PostgreSQL)', `ms per append overall, ${chain.writers} writers`, 1000 / chain.appendsPerSecond, 1000 / none.appendsPerSecond, 'append without audit'));
  });
  return { rows, details: runs };
}
