import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids';
import { RoleSchema, SessionSchema } from './session';

/** Sign-in names are compared without case, so they are stored folded to lower case. */
export const UserNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'a user name is 2 to 40 letters, digits, dots, hyphens or underscores');

export const DisplayNameSchema = z.string().trim().min(1, 'a name is required').max(100);

/** Long passphrases are welcome; the upper bound only keeps a request from hashing megabytes. */
export const PasswordSchema = z.string().min(8, 'a password has at least 8 characters').max(1024);

export const UserSchema = z.object({
  id: IdSchema,
  name: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type User = z.infer<typeof UserSchema>;

/**
 * What a successful sign-in (or first-run setup) answers. `token` is the session's
 * credential: the router hands it to the transport, which moves it into its own keeping
 * (an HttpOnly cookie in the web host, main-process memory in Electron) and removes it
 * from the answer, so the renderer never holds it.
 */
export const AuthGrantSchema = z.object({
  session: SessionSchema,
  expiresAt: TimestampSchema,
  token: z.string().optional(),
});
export type AuthGrant = z.infer<typeof AuthGrantSchema>;

/**
 * On a joined workstation, how many days after the hub last accepted a person's password
 * here they may still sign in here without the hub (electron/auth/hub-sign-in.ts).
 */
export const OFFLINE_SIGN_IN_TRUST_DAYS = 30;

export const AuthStatusSchema = z.object({
  /** False only on first run: the renderer then asks for the first admin account. */
  hasUsers: z.boolean(),
  session: SessionSchema.nullable(),
  /** Present when the workstation is joined to a newsroom hub: people then sign in with their hub account. */
  hub: z.object({ url: z.string(), name: z.string() }).optional(),
});
export type AuthStatus = z.infer<typeof AuthStatusSchema>;
