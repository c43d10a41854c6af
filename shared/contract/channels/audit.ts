import { z } from 'zod';
import { AuditEntrySchema, AuditVerificationSchema } from '../../domain/audit';

/** The audit log: reading it and verifying its chain (issue 5). */
export const auditChannels = {
  'audit.list': {
    input: z
      .object({
        offset: z.number().int().min(0).max(100_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({ items: z.array(AuditEntrySchema), total: z.number().int().nonnegative() }),
  },
  'audit.verify': {
    input: z.object({}).strict(),
    output: AuditVerificationSchema,
  },
} as const;
