import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids';

/**
 * Publishing: targets (where articles go), the outbox (durable jobs that send them) and
 * publications (what Galley knows of each article's copy on each target). Secrets are never
 * part of these shapes: they live in the secret store and are only ever written, never read
 * back to a caller.
 */

export const TARGET_KINDS = ['folder', 'webhook', 'ghost', 'wordpress'] as const;
export const TargetKindSchema = z.enum(TARGET_KINDS);
export type TargetKind = z.infer<typeof TargetKindSchema>;

const HttpUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => /^https?:\/\/[^\s/]+/i.test(value), 'give a web address starting with http:// or https://');

export const FolderSettingsSchema = z.object({ path: z.string().trim().min(1, 'give the folder to write to').max(4000) }).strict();
export const WebhookSettingsSchema = z.object({ url: HttpUrlSchema }).strict();
export const GhostSettingsSchema = z.object({ siteUrl: HttpUrlSchema }).strict();
export const WordPressSettingsSchema = z.object({ siteUrl: HttpUrlSchema, user: z.string().trim().min(1).max(200) }).strict();

export type FolderSettings = z.infer<typeof FolderSettingsSchema>;
export type WebhookSettings = z.infer<typeof WebhookSettingsSchema>;
export type GhostSettings = z.infer<typeof GhostSettingsSchema>;
export type WordPressSettings = z.infer<typeof WordPressSettingsSchema>;

/** A target's kind and its settings, one shape per kind (stored as JSON, parsed on every read). */
export const TargetConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder'), settings: FolderSettingsSchema }),
  z.object({ kind: z.literal('webhook'), settings: WebhookSettingsSchema }),
  z.object({ kind: z.literal('ghost'), settings: GhostSettingsSchema }),
  z.object({ kind: z.literal('wordpress'), settings: WordPressSettingsSchema }),
]);
export type TargetConfig = z.infer<typeof TargetConfigSchema>;
export type SettingsOf<K extends TargetKind> = Extract<TargetConfig, { kind: K }>['settings'];

/** The secrets each kind needs, by field name. Written once, never read back. */
export const TARGET_SECRET_FIELDS = {
  folder: [],
  webhook: ['signingSecret'],
  ghost: ['adminApiKey'],
  wordpress: ['applicationPassword'],
} as const satisfies Record<TargetKind, readonly string[]>;
export type SecretFieldOf<K extends TargetKind> = (typeof TARGET_SECRET_FIELDS)[K][number];
export type CredentialsOf<K extends TargetKind> = Record<SecretFieldOf<K>, string>;

export const SecretsInputSchema = z.record(z.string().max(64), z.string().min(1).max(4000));

export const TargetNameSchema = z.string().trim().min(1, 'give the target a name').max(100);

export const TargetSchema = z.object({
  id: IdSchema,
  name: z.string(),
  enabled: z.boolean(),
  config: TargetConfigSchema,
  /** The secret fields that have a stored value (never the values). */
  secretsSet: z.array(z.string()),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Target = z.infer<typeof TargetSchema>;

export const SYNC_STATES = ['pending', 'sending', 'done', 'retrying', 'failed', 'conflict'] as const;
export const SyncStateSchema = z.enum(SYNC_STATES);
export type SyncState = z.infer<typeof SyncStateSchema>;

export const OUTBOX_ACTIONS = ['publish', 'update', 'unpublish'] as const;
export const OutboxActionSchema = z.enum(OUTBOX_ACTIONS);
export type OutboxAction = z.infer<typeof OutboxActionSchema>;

/** One job of the outbox, as the Publishing view lists it. */
export const OutboxJobSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  headline: z.string(),
  revisionId: IdSchema.nullable(),
  targetId: IdSchema,
  targetName: z.string(),
  action: OutboxActionSchema,
  state: SyncStateSchema,
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: TimestampSchema.nullable(),
  /** The last failure in plain words. */
  lastError: z.string().nullable(),
  correctionNote: z.string().nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type OutboxJob = z.infer<typeof OutboxJobSchema>;

/** Where one article is on one target: only what the target itself reported. */
export const PublicationSchema = z.object({
  targetId: IdSchema,
  targetName: z.string(),
  kind: TargetKindSchema,
  /** `live` once the target said it is published; `down` after an unpublish it confirmed; null: never published there. */
  remote: z.enum(['live', 'down']).nullable(),
  url: z.string().nullable(),
  syncedRevisionId: IdSchema.nullable(),
  syncedAt: TimestampSchema.nullable(),
  /** The newest job for this article on this target, if any. */
  job: OutboxJobSchema.nullable(),
});
export type Publication = z.infer<typeof PublicationSchema>;

/** A page a folder target wrote: the folder, and the page's name inside it. */
export const PublishedPageSchema = z.object({ folder: z.string(), fileName: z.string().regex(/^[a-z0-9-]+\.html$/) });
export type PublishedPage = z.infer<typeof PublishedPageSchema>;
/** What the renderer asks a transport to open. */
export const OpenPublishedInputSchema = z.object({ articleId: IdSchema, targetId: IdSchema }).strict();
export type OpenPublishedInput = z.infer<typeof OpenPublishedInputSchema>;
/** The answer: opened by the system (the app), or an address for the window to open (the web host). */
export const OpenedPublishedSchema = z.object({ url: z.string().nullable() });

/** Both sides of a conflict, for the desk chief to choose. */
export const ConflictViewSchema = z.object({
  jobId: IdSchema,
  targetName: z.string(),
  galley: z.object({ title: z.string(), html: z.string() }),
  remote: z.object({ title: z.string(), html: z.string(), url: z.string().nullable(), status: z.string() }).nullable(),
});
export type ConflictView = z.infer<typeof ConflictViewSchema>;

export const ConnectionReportSchema = z.object({ ok: z.boolean(), message: z.string() });

/** Targets and their credentials are the admin's. */
export const canManageTargets = (role: string): boolean => role === 'admin';
/** Sending, retrying and settling conflicts is the desk's, as publishing is. */
export const canPublish = (role: string): boolean => role === 'desk_chief';
/** The queue is read by those answerable for what goes out. */
export const canReadQueue = (role: string): boolean => role === 'desk_chief' || role === 'admin';
