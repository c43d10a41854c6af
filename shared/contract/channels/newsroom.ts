import { z } from 'zod';
import { TimestampSchema } from '../../domain/ids';
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
} as const;
