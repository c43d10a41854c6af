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

/** Typing aids in the editor: the languages (primary subtags, such as `fr`) whose quotes stay straight as typed. */
export const TypingSettingsSchema = z
  .object({
    smartQuotesOff: z
      .array(z.string().regex(/^[a-z]{2,3}$/, 'a language is its primary subtag, such as en or fr'))
      .max(50)
      .transform((languages) => [...new Set(languages)].sort()),
  })
  .strict();
export type TypingSettings = z.infer<typeof TypingSettingsSchema>;

export const SETTING_SCHEMAS = {
  factChecks: FactCheckSettingsSchema,
  typing: TypingSettingsSchema,
} as const;

export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTING_SCHEMAS)[K]>;

export const SETTING_DEFAULTS: { [K in SettingKey]: SettingValue<K> } = {
  factChecks: { publishClaimReview: false, outletName: '' },
  typing: { smartQuotesOff: [] },
};

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];
export const SettingKeySchema = z.enum(['factChecks', 'typing']);

/** A key with its value, as the settings channels carry it. */
export const SettingSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('factChecks'), value: FactCheckSettingsSchema }).strict(),
  z.object({ key: z.literal('typing'), value: TypingSettingsSchema }).strict(),
]);
export type Setting = z.infer<typeof SettingSchema>;

/**
 * The value of an answered setting, typed by the key asked for. The union cannot narrow on
 * a generic key, so the key is checked here, once, for every caller.
 */
export function valueOf<K extends SettingKey>(key: K, setting: Setting): SettingValue<K> {
  if (setting.key !== key) throw new Error(`Asked for the ${key} setting, got ${setting.key}.`);
  return setting.value as SettingValue<K>;
}
