import { GENESIS_HASH, rowHash, type ChainedRow } from '../../shared/node/hash-chain';
import type { HubArticleStep, HubAuditEntry } from './hub-store';

/**
 * The entry that follows `last` in the chain (the first when `last` is null), for a step.
 * Both stores call it inside the transaction that read `last`, so no two entries link to
 * the same predecessor.
 */
export function nextAuditEntry(step: HubArticleStep, last: { seq: number; hash: string } | null): HubAuditEntry {
  const row: ChainedRow = {
    ...step.audit,
    seq: (last?.seq ?? 0) + 1,
    articleId: step.articleId,
    fromState: step.from.state,
    toState: step.to.state,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  return { ...row, hash: rowHash(row) };
}
