import { z } from 'zod';

/**
 * The outlet's settings, kept as one JSON value per key (electron/settings). Each key has
 * its schema and default here; a stored value that no longer parses falls back to the default.
 */

/** Whether the JSON-LD export carries schema.org ClaimReview for checked claims, and in whose name. */
export const FactCheckSettingsSchema = z
  .object({
    publishClaimReview: z.boolean(),
    /** The outlet's name: the author of its fact-checks. */
    outletName: z.string().trim().max(200),
  })
  .strict();
export type FactCheckSettings = z.infer<typeof FactCheckSettingsSchema>;

export const SETTING_SCHEMAS = {
  factChecks: FactCheckSettingsSchema,
} as const;

export const SETTING_DEFAULTS: { [K in SettingKey]: z.infer<(typeof SETTING_SCHEMAS)[K]> } = {
  factChecks: { publishClaimReview: false, outletName: '' },
};

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];
export const SettingKeySchema = z.enum(['factChecks']);

/** A key with its value, as the settings channels carry it. */
export const SettingSchema = z.discriminatedUnion('key', [z.object({ key: z.literal('factChecks'), value: FactCheckSettingsSchema }).strict()]);
export type Setting = z.infer<typeof SettingSchema>;
