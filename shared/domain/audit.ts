import { z } from 'zod';

/** One row of the append-only, hash-chained audit log. */
export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  // Loose on purpose: a row someone tampered with must still be shown (verify says which).
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  articleId: z.string().nullable(),
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  revisionHash: z.string().nullable(),
  note: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditVerificationSchema = z.object({
  ok: z.boolean(),
  /** How many rows were checked before the walk stopped (all of them when ok). */
  checked: z.number().int().nonnegative(),
  /** The first row whose link does not hold, or null when the chain is whole. */
  broken: z
    .object({
      seq: z.number().int(),
      /** Null when the entry is not there (removed). */
      id: z.string().nullable(),
      reason: z.string(),
    })
    .nullable(),
  /**
   * The check against what is kept outside the database (a signature key and the anchor
   * file), which alone shows entries removed from the end or a chain recomputed.
   */
  anchor: z.object({
    /** False when there was nothing to compare with (no key): the chain alone was checked. */
    checked: z.boolean(),
    /** What the comparison found, or why there was none, in words. */
    message: z.string(),
  }),
});
export type AuditVerification = z.infer<typeof AuditVerificationSchema>;
