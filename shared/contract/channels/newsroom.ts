import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../domain/ids';
import { HubAccountSchema, HubSignInRequestSchema, SyncStateSchema } from '../hub';

/** Where a hub is: an http(s) origin, as the person typed it (normalised by the service). */
export const HubAddressSchema = z.string().trim().min(1, 'Type the hub’s address.').max(2048);

/** This workstation's membership of a newsroom hub (Settings → Newsroom). */
export const MembershipSchema = z.object({
  hub: z.object({ url: z.string(), name: z.string() }),
  account: HubAccountSchema,
  tokenExpiresAt: TimestampSchema,
  joinedAt: TimestampSchema,
});
export type Membership = z.infer<typeof MembershipSchema>;

/** What the status bar and Settings → Newsroom show: the membership (null: solo) and the sync state. */
export const NewsroomStatusSchema = z.object({
  membership: MembershipSchema.nullable(),
  state: SyncStateSchema,
});
export type NewsroomStatus = z.infer<typeof NewsroomStatusSchema>;

/** Edits the hub refused on an article, held apart until the person keeps or discards them. */
export const HeldEditsSummarySchema = z.object({
  id: z.number().int().positive(),
  /** How many edits the hub refused. */
  changes: z.number().int().positive(),
  /** Why, for the banner: "… because <reason>". */
  reason: z.string(),
  at: TimestampSchema,
  /** The headline as the person had it (the new draft's). */
  headline: z.string(),
});
export type HeldEditsSummary = z.infer<typeof HeldEditsSummarySchema>;

const HeldEditsRefSchema = z.object({ articleId: IdSchema, id: z.number().int().positive() }).strict();

/**
 * Joining and leaving a newsroom hub (admins of this workstation), and its status (anyone
 * signed in). The password goes to the hub once and is kept nowhere.
 */
export const newsroomChannels = {
  'newsroom.status': {
    input: z.object({}).strict(),
    output: NewsroomStatusSchema,
  },
  'newsroom.join': {
    input: HubSignInRequestSchema.extend({ hub: HubAddressSchema }).strict(),
    output: NewsroomStatusSchema,
  },
  'newsroom.leave': {
    input: z.object({}).strict(),
    output: NewsroomStatusSchema,
  },
  /** Edits the hub refused on this article (the article view's banner). */
  'newsroom.held.list': {
    input: z.object({ articleId: IdSchema }).strict(),
    output: z.array(HeldEditsSummarySchema),
  },
  'newsroom.held.discard': {
    input: HeldEditsRefSchema,
    output: z.object({}),
  },
  /** A new local draft by the caller with the person's text; the held entry is gone then. */
  'newsroom.held.keepAsDraft': {
    input: HeldEditsRefSchema,
    output: z.object({ articleId: IdSchema }),
  },
} as const;
