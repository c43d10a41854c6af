import { GENESIS_HASH, rowHash, type ChainedRow } from '../../shared/node/hash-chain';
import type { HubArticleStep, HubAuditEntry, HubUpdateAudit } from './hub-store';

/** What an entry says before the store numbers and links it. */
export type UnlinkedEntry = Omit<ChainedRow, 'seq' | 'prevHash'>;

/**
 * The entry that follows `last` in the chain (the first when `last` is null). Both stores
 * call it inside the transaction that read `last`, so no two entries link to the same
 * predecessor.
 */
export function nextAuditEntry(entry: UnlinkedEntry, last: { seq: number; hash: string } | null): HubAuditEntry {
  const row: ChainedRow = { ...entry, seq: (last?.seq ?? 0) + 1, prevHash: last?.hash ?? GENESIS_HASH };
  return { ...row, hash: rowHash(row) };
}

export const stepEntry = (step: HubArticleStep): UnlinkedEntry => ({
  ...step.audit,
  articleId: step.articleId,
  fromState: step.from.state,
  toState: step.to.state,
});

export const updateEntry = (audit: HubUpdateAudit): UnlinkedEntry => ({ ...audit, fromState: null, toState: null });
