import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../domain/ids';
import { WorkflowStateSchema } from '../domain/article';
import { WorkflowActionSchema } from '../workflow/actions';
import { RoleSchema } from '../domain/session';
import { AuditEntrySchema, AuditVerificationSchema } from '../domain/audit';
import { DisplayNameSchema, PasswordSchema, UserNameSchema, UserSchema } from '../domain/user';

/**
 * The newsroom hub's wire contract, shared by the hub (hub/) and the workstations that join
 * it (electron/newsroom/). The text travels over Hocuspocus's own protocol on
 * `HUB_COLLAB_PATH`; everything else is small JSON over HTTP, validated on both ends.
 */
export const HUB_SESSION_PATH = '/api/session';
export const HUB_COLLAB_PATH = '/collab';
export const HUB_HEALTH_PATH = '/health';
/** POST (with `Authorization: Bearer <token>`): registers a new article on the hub. */
export const HUB_ARTICLES_PATH = '/api/articles';

/**
 * The hub's people, for its admins (`Authorization: Bearer <token>`): GET lists them, POST
 * adds one with a first password, PATCH `/api/users/<id>` changes one (role, name shown,
 * disabled or not, a new password).
 */
export const HUB_USERS_PATH = '/api/users';

/** Each article is one Yjs document on the hub, named after the article's id. */
export function articleDocumentName(articleId: string): string {
  return `article:${articleId}`;
}

export function articleIdOfDocument(name: string): string | null {
  const match = /^article:([A-Za-z0-9_-]{1,64})$/.exec(name);
  return match ? match[1]! : null;
}

/**
 * The layout of the text inside a document: @lexical/yjs's first binding (a Y.XmlText
 * root) at the Lexical version it was written with. Kept in each document's `meta` map so
 * that a later layout (collab v2, Yjs 14) can be migrated to through Lexical JSON.
 */
export const COLLAB_FORMAT = 'lexical-yjs-v1';
export const COLLAB_LEXICAL_VERSION = '0.52.0';

export const HubSignInRequestSchema = z
  .object({ name: z.string().trim().min(1).max(100), password: z.string().min(1).max(1024) })
  .strict();
export type HubSignInRequest = z.infer<typeof HubSignInRequestSchema>;

export const HubAccountSchema = z.object({
  id: IdSchema,
  name: z.string(),
  displayName: z.string(),
  role: RoleSchema,
});
export type HubAccount = z.infer<typeof HubAccountSchema>;

export const HubSignInResponseSchema = z.object({
  token: z.string().min(32),
  expiresAt: TimestampSchema,
  account: HubAccountSchema,
  hub: z.object({ name: z.string(), version: z.string() }),
});
export type HubSignInResponse = z.infer<typeof HubSignInResponseSchema>;

/**
 * A new article. The id may be the workstation's own (an article it already has keeps its
 * id; one already taken is refused); without one the hub picks it.
 */
export const HubCreateArticleRequestSchema = z.object({ id: IdSchema.optional() }).strict();
export type HubCreateArticleRequest = z.infer<typeof HubCreateArticleRequestSchema>;

/** The registry's facts about an article, as the hub tells them (201 to a creation). */
export const HubArticleSchema = z.object({
  id: IdSchema,
  authorId: IdSchema,
  state: WorkflowStateSchema,
  holderId: IdSchema.nullable(),
  approvedHash: z.string().nullable(),
  updatedAt: TimestampSchema,
});
export type HubArticleFacts = z.infer<typeof HubArticleSchema>;

/**
 * A workflow step, sent as a Hocuspocus stateless message on the article's connection.
 * `expectHash` (with approve) is the content hash of the text the approver read: the hub
 * refuses when its own copy hashes otherwise.
 */
export const HubStepRequestSchema = z
  .object({ action: WorkflowActionSchema, expectHash: z.string().regex(/^[0-9a-f]{64}$/).optional() })
  .strict();
export type HubStepRequest = z.infer<typeof HubStepRequestSchema>;

/** The hub's stateless answer to a step, on the connection that asked. */
export const HubStepAnswerSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), state: WorkflowStateSchema, approvedHash: z.string().nullable() }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string() }),
]);
export type HubStepAnswer = z.infer<typeof HubStepAnswerSchema>;

/**
 * Told, as a stateless message, to every connection of an article after a step: its state
 * now and whether this connection may still write (Hocuspocus tells a provider its scope
 * only when it authenticates). Told apart from a step's answer by `notice`.
 */
export const HubAccessNoticeSchema = z.object({ notice: z.literal('access'), state: WorkflowStateSchema, readOnly: z.boolean() });
export type HubAccessNotice = z.infer<typeof HubAccessNoticeSchema>;

/**
 * The reason of the close message (code 4403, Hocuspocus's "Forbidden") with which the hub
 * ends an article's connection once its person may no longer read it: disabled, signed out
 * by an admin, their session expired, or the article no longer theirs to read. Reconnecting
 * with the same token is refused with `permission-denied`.
 */
export const HUB_READ_REVOKED = { code: 4403, reason: 'read-revoked' } as const;

/**
 * GET (with `Authorization: Bearer <token>`, for desk chiefs and admins: `canReadAudit`): an
 * article's entries in the hub's audit chain, and whether the whole chain verifies.
 */
export const hubArticleAuditPath = (articleId: string): string => `${HUB_ARTICLES_PATH}/${articleId}/audit`;

/**
 * One entry of the hub's audit chain as stored, with its links, so that a reader can check
 * it again: the workstation's entry (loose, so a tampered row is still shown) with its
 * details as the JSON text the hash covers. `action` is a workflow action, or `update` for
 * an update the hub accepted (its sha256 and size in `detailsJson`).
 */
export const HubAuditEntrySchema = AuditEntrySchema.omit({ details: true }).extend({ detailsJson: z.string() });
export type HubAuditEntryFacts = z.infer<typeof HubAuditEntrySchema>;

export const HubArticleAuditSchema = z.object({
  articleId: IdSchema,
  /** The article's entries, oldest first. */
  entries: z.array(HubAuditEntrySchema),
  /** The whole chain walked (it is one for the hub): whether every link holds, and the first that does not. */
  chain: AuditVerificationSchema.omit({ anchor: true }),
});
export type HubArticleAudit = z.infer<typeof HubArticleAuditSchema>;

/** A person as the hub's admins see them: the workstation's own user shape. */
export const HubUserSchema = UserSchema;
export type HubUser = z.infer<typeof HubUserSchema>;

export const HubNewUserRequestSchema = z
  .object({ name: UserNameSchema, displayName: DisplayNameSchema, role: RoleSchema, password: PasswordSchema })
  .strict();
export type HubNewUserRequest = z.infer<typeof HubNewUserRequestSchema>;

/** At least one change; a new password ends the person's sessions, as disabling does. */
export const HubUserChangeRequestSchema = z
  .object({
    displayName: DisplayNameSchema.optional(),
    role: RoleSchema.optional(),
    disabled: z.boolean().optional(),
    password: PasswordSchema.optional(),
  })
  .strict()
  .refine((change) => Object.values(change).some((value) => value !== undefined), 'a change names at least one field');
export type HubUserChangeRequest = z.infer<typeof HubUserChangeRequestSchema>;

/** What a hub answers on any refused request: a code for the program, words for a person. */
export const HubErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type HubError = z.infer<typeof HubErrorSchema>;

/** What the status bar says about the newsroom: solo, synced, changes waiting, or offline since. */
export const SyncStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('solo') }),
  z.object({ kind: z.literal('synced'), at: TimestampSchema }),
  z.object({ kind: z.literal('waiting'), changes: z.number().int().positive() }),
  z.object({ kind: z.literal('offline'), since: TimestampSchema, changes: z.number().int().nonnegative() }),
]);
export type SyncState = z.infer<typeof SyncStateSchema>;
