import { z } from 'zod';

export const ROLES = ['writer', 'editor', 'desk_chief', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Who is calling. Every channel runs with one; transports create it, never the caller's input. */
export const SessionSchema = z.object({
  userId: z.string().min(1),
  displayName: z.string(),
  role: RoleSchema,
});
export type Session = z.infer<typeof SessionSchema>;
