import { z } from 'zod';
import { SettingKeySchema, SettingSchema } from '../../domain/settings';

/** The outlet's settings (fact checks, typing): read by anyone signed in, changed by an admin. */
export const settingsChannels = {
  'settings.get': {
    input: z.object({ key: SettingKeySchema }).strict(),
    output: SettingSchema,
  },
  'settings.set': {
    input: SettingSchema,
    output: SettingSchema,
  },
} as const;
