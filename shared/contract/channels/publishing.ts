import { z } from 'zod';
import { IdSchema } from '../../domain/ids';
import {
  ConflictViewSchema,
  ConnectionReportSchema,
  OutboxJobSchema,
  PublicationSchema,
  OpenPublishedInputSchema,
  PublishedPageSchema,
  SecretsInputSchema,
  TargetConfigSchema,
  TargetNameSchema,
  TargetSchema,
} from '../../domain/publishing';

/**
 * Publishing: targets, the outbox and conflicts. Admins manage targets; desk chiefs publish,
 * retry and settle conflicts (the services enforce it). Secrets are accepted, never returned.
 */
export const publishingChannels = {
  'publishing.targets.list': {
    input: z.object({}).strict(),
    output: z.array(TargetSchema),
  },
  'publishing.targets.add': {
    input: z
      .object({ name: TargetNameSchema, config: TargetConfigSchema, enabled: z.boolean().optional(), secrets: SecretsInputSchema.optional() })
      .strict(),
    output: TargetSchema,
  },
  'publishing.targets.update': {
    input: z
      .object({
        id: IdSchema,
        name: TargetNameSchema.optional(),
        /** The kind's settings (the kind itself cannot change); checked against the kind's schema by the service. */
        settings: z.record(z.string(), z.string().max(4000)).optional(),
        enabled: z.boolean().optional(),
        /** Only the secrets to replace; the others stay as they are. */
        secrets: SecretsInputSchema.optional(),
      })
      .strict(),
    output: TargetSchema,
  },
  'publishing.targets.remove': {
    input: z.object({ id: IdSchema }).strict(),
    output: z.object({ removed: z.literal(true) }),
  },
  'publishing.targets.test': {
    input: z.object({ id: IdSchema }).strict(),
    output: ConnectionReportSchema,
  },
  /** The Publishing view: unfinished jobs first, then the latest done. */
  'publishing.queue': {
    input: z
      .object({ offset: z.number().int().min(0).max(10_000_000).default(0), limit: z.number().int().min(1).max(500).default(100) })
      .strict(),
    output: z.object({ items: z.array(OutboxJobSchema), total: z.number().int().nonnegative() }),
  },
  'publishing.forArticle': {
    input: z.object({ articleId: IdSchema }).strict(),
    output: z.array(PublicationSchema),
  },
  /** Where a folder target keeps the article's page, for the transport to open it (never a path the caller names). */
  'publishing.publishedPage': {
    input: OpenPublishedInputSchema,
    output: PublishedPageSchema,
  },
  'publishing.retry': {
    input: z.object({ jobId: IdSchema }).strict(),
    output: OutboxJobSchema,
  },
  'publishing.conflict': {
    input: z.object({ jobId: IdSchema }).strict(),
    output: ConflictViewSchema,
  },
  'publishing.resolveConflict': {
    input: z.object({ jobId: IdSchema, keep: z.enum(['galley', 'remote']) }).strict(),
    output: OutboxJobSchema,
  },
  /** Publish now (an approved or scheduled article), or send a published one again; `targetIds` limits where. */
  'publishing.publish': {
    input: z.object({ articleId: IdSchema, targetIds: z.array(IdSchema).min(1).max(50).optional() }).strict(),
    output: z.object({ jobs: z.array(OutboxJobSchema) }),
  },
} as const;
