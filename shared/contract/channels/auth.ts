import { z } from 'zod';
import { IdSchema } from '../../domain/ids';
import { SessionSchema, RoleSchema } from '../../domain/session';
import {
  AuthGrantSchema,
  AuthStatusSchema,
  DisplayNameSchema,
  PasswordSchema,
  UserNameSchema,
  UserSchema,
} from '../../domain/user';

/** Sign-in, the session and the people who may sign in (issue 5). Only auth.status, auth.setup and auth.signIn run without a session. */
export const authChannels = {
  'session.current': {
    input: z.object({}).strict(),
    output: SessionSchema,
  },
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
} as const;
