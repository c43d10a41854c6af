import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../domain/ids';
import {
  ArticleMetaSchema,
  ArticleSchema,
  ArticleSummarySchema,
} from '../domain/article';
import { RevisionSchema, RevisionSummarySchema } from '../domain/revision';
import { SessionSchema, RoleSchema } from '../domain/session';
import { ArticleBodySchema } from '../content/body';
import {
  AuthGrantSchema,
  AuthStatusSchema,
  DisplayNameSchema,
  PasswordSchema,
  UserNameSchema,
  UserSchema,
} from '../domain/user';
import {
  HomeSectionSchema,
  TransitionInputSchema,
  TransitionResultSchema,
  WorkflowStatusSchema,
} from '../domain/workflow';
import { AuditEntrySchema, AuditVerificationSchema } from '../domain/audit';
import { FindingSchema } from '../checks/finding';
import { SourceFieldsSchema, SourceSchema } from '../domain/source';
import {
  AddedAssetSchema,
  AssetWithRightsSchema,
  ExpiringAssetSchema,
  ImageRightsSchema,
  LicenceFilterSchema,
  MAX_ASSET_UPLOAD_CHARS,
} from '../domain/asset';
import { LicencePolicySchema } from '../licences/policy';
import { publishingChannels } from './publishing-channels';
import { reviewChannels } from './channels/review';
import { styleAndLooksChannels } from './channels/style-and-looks';

/**
 * The one list of channels. The main-process router validates every input and output
 * against these schemas; the renderer's client is typed from them. Adding a channel
 * here is the only way to add one.
 */
export const EXPORT_FORMATS = ['html', 'md', 'json', 'txt', 'jsonld', 'ninjs'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const IMPORT_FORMATS = ['txt', 'md', 'html', 'docx'] as const;
export const ImportFormatSchema = z.enum(IMPORT_FORMATS);

// Above the importers' own 20 MiB limit, so that theirs (with the friendlier message) applies first.
const MAX_IMPORT_CHARS = 21_000_000;
// A binary file of 20 MiB as base64 (4 characters for every 3 bytes), with the same headroom.
const MAX_IMPORT_BASE64 = 28_500_000;
// Pasted HTML: Word puts a lot of markup around a little text, but not this much.
const MAX_PASTE_CHARS = 10_000_000;
const MAX_REFERENCE_FILE_CHARS = 5_000_000;

export const channels = {
  'session.current': {
    input: z.object({}).strict(),
    output: SessionSchema,
  },
  'articles.create': {
    input: z.object({ meta: ArticleMetaSchema.partial().optional() }).strict(),
    output: ArticleSchema,
  },
  'articles.get': {
    input: z.object({ id: IdSchema }).strict(),
    output: ArticleSchema,
  },
  'articles.list': {
    input: z
      .object({
        /** Full-text query over headline, dek and body; empty lists everything. */
        query: z.string().max(500).default(''),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({
      items: z.array(ArticleSummarySchema),
      total: z.number().int().nonnegative(),
    }),
  },
  'articles.save': {
    input: z
      .object({
        id: IdSchema,
        /** The version the editor loaded or last saved; a mismatch is a CONFLICT, never a silent overwrite. */
        baseVersion: z.number().int().nonnegative(),
        meta: ArticleMetaSchema.optional(),
        body: ArticleBodySchema.optional(),
      })
      .strict(),
    output: z.object({
      version: z.number().int().nonnegative(),
      wordCount: z.number().int().nonnegative(),
      updatedAt: z.string(),
    }),
  },
  'articles.import': {
    input: z
      .object({
        fileName: z.string().min(1).max(500),
        format: ImportFormatSchema.optional(),
        /** The file's text, for text formats (txt, md, html). */
        text: z.string().max(MAX_IMPORT_CHARS).optional(),
        /** The file's bytes as base64, for binary formats (docx). */
        data: z.base64().max(MAX_IMPORT_BASE64).optional(),
      })
      .strict()
      .refine((input) => (input.text === undefined) !== (input.data === undefined), {
        message: 'send the file as either text or data (base64), not both and not neither',
      }),
    output: ArticleSchema,
  },
  /** HTML pasted into the body: sanitised and converted (footnotes kept) as an import would be. */
  'articles.convertPaste': {
    input: z.object({ html: z.string().max(MAX_PASTE_CHARS) }).strict(),
    output: z.object({ body: ArticleBodySchema, warnings: z.array(z.string()) }),
  },
  'articles.export': {
    input: z.object({ id: IdSchema, format: ExportFormatSchema }).strict(),
    output: z.object({ fileName: z.string(), mediaType: z.string(), content: z.string(), note: z.string().optional() }),
  },
  'revisions.create': {
    input: z.object({ articleId: IdSchema, name: z.string().trim().min(1).max(200) }).strict(),
    output: RevisionSummarySchema,
  },
  'revisions.list': {
    input: z.object({ articleId: IdSchema }).strict(),
    output: z.array(RevisionSummarySchema),
  },
  'revisions.get': {
    input: z.object({ id: IdSchema }).strict(),
    output: RevisionSchema,
  },
  'revisions.restore': {
    input: z.object({ articleId: IdSchema, revisionId: IdSchema }).strict(),
    output: ArticleSchema,
  },
  // Sign-in and people (issue 5). Only auth.status, auth.setup and auth.signIn run without a session.
  'auth.status': {
    input: z.object({}).strict(),
    output: AuthStatusSchema,
  },
  'auth.setup': {
    input: z.object({ name: UserNameSchema, displayName: DisplayNameSchema, password: PasswordSchema }).strict(),
    output: AuthGrantSchema,
  },
  'auth.signIn': {
    input: z.object({ name: z.string().max(100), password: z.string().max(1024) }).strict(),
    output: AuthGrantSchema,
  },
  'auth.signOut': {
    input: z.object({}).strict(),
    output: z.object({ signedOut: z.literal(true) }),
  },
  'users.list': {
    input: z.object({}).strict(),
    output: z.array(UserSchema),
  },
  'users.create': {
    input: z
      .object({ name: UserNameSchema, displayName: DisplayNameSchema, role: RoleSchema, password: PasswordSchema })
      .strict(),
    output: UserSchema,
  },
  'users.update': {
    input: z
      .object({
        id: IdSchema,
        displayName: DisplayNameSchema.optional(),
        role: RoleSchema.optional(),
        disabled: z.boolean().optional(),
        password: PasswordSchema.optional(),
      })
      .strict(),
    output: UserSchema,
  },
  // Workflow, approval and the audit log (issue 5).
  'workflow.status': {
    input: z.object({ articleId: IdSchema }).strict(),
    output: WorkflowStatusSchema,
  },
  'workflow.transition': {
    input: TransitionInputSchema,
    output: TransitionResultSchema,
  },
  'workflow.home': {
    input: z
      .object({
        /** The start of "today" where the person is (UTC), for "published today". */
        todayStart: TimestampSchema.optional(),
      })
      .strict(),
    output: z.object({ sections: z.array(HomeSectionSchema) }),
  },
  'checks.run': {
    input: z.object({ articleId: IdSchema }).strict(),
    output: z.object({ findings: z.array(FindingSchema) }),
  },
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
  // Sources, the library and reference files (issue 3).
  'sources.list': {
    input: z
      .object({
        /** An article's attached sources; without it, the library. */
        articleId: IdSchema.optional(),
        /** Library search over title, publisher, author and address; empty lists the newest. */
        query: z.string().max(500).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.array(SourceSchema),
  },
  'sources.create': {
    input: z.object({ fields: SourceFieldsSchema, attachTo: IdSchema.optional() }).strict(),
    output: SourceSchema,
  },
  'sources.update': {
    input: z.object({ id: IdSchema, fields: SourceFieldsSchema }).strict(),
    output: SourceSchema,
  },
  'sources.delete': {
    input: z.object({ id: IdSchema }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
  'sources.attach': {
    input: z.object({ articleId: IdSchema, sourceId: IdSchema }).strict(),
    output: z.array(SourceSchema),
  },
  'sources.detach': {
    input: z.object({ articleId: IdSchema, sourceId: IdSchema }).strict(),
    output: z.array(SourceSchema),
  },
  'sources.import': {
    input: z
      .object({
        fileName: z.string().min(1).max(500),
        /** A CSL-JSON or BibTeX file's text (a whole Zotero library export stays well under this). */
        text: z.string().max(MAX_REFERENCE_FILE_CHARS),
        attachTo: IdSchema.optional(),
      })
      .strict(),
    output: z.object({ sources: z.array(SourceSchema), warnings: z.array(z.string()) }),
  },
  // Images and rights (issue 4).
  'assets.add': {
    input: z
      .object({
        fileName: z.string().min(1).max(500),
        /** The file's bytes, base64: the renderer reads a dropped, pasted or picked file with FileReader. */
        data: z.string().max(MAX_ASSET_UPLOAD_CHARS).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the file must be sent as base64'),
      })
      .strict(),
    output: AddedAssetSchema,
  },
  'assets.get': {
    input: z.object({ id: IdSchema }).strict(),
    output: AssetWithRightsSchema,
  },
  'assets.search': {
    input: z
      .object({
        /** Matches creator, credit line, source, licensor, agency, copyright notice, file name, caption or licence. */
        query: z.string().max(500).default(''),
        licence: LicenceFilterSchema.nullable().default(null),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({ items: z.array(AssetWithRightsSchema), total: z.number().int().nonnegative() }),
  },
  'assets.updateRights': {
    input: z.object({ id: IdSchema, rights: ImageRightsSchema }).strict(),
    output: AssetWithRightsSchema,
  },
  'assets.expiring': {
    input: z.object({ withinDays: z.number().int().min(0).max(365).default(30) }).strict(),
    output: z.object({ items: z.array(ExpiringAssetSchema) }),
  },
  'assets.policy': {
    input: z.object({}).strict(),
    output: LicencePolicySchema,
  },
  'assets.setPolicy': {
    input: z.object({ policy: LicencePolicySchema }).strict(),
    output: LicencePolicySchema,
  },
  ...publishingChannels,
  ...reviewChannels,
  ...styleAndLooksChannels,
} as const;

/** The channels a caller may use before signing in: everything else answers UNAUTHENTICATED. */
export const PUBLIC_CHANNELS = ['auth.status', 'auth.setup', 'auth.signIn'] as const satisfies readonly (keyof typeof channels)[];
export type PublicChannel = (typeof PUBLIC_CHANNELS)[number];
export const isPublicChannel = (name: string): name is PublicChannel => (PUBLIC_CHANNELS as readonly string[]).includes(name);

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];
export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
