import { z } from 'zod';
import { TimestampSchema } from '../../domain/ids';
import { StyleRulesSchema } from '../../style/rules';

export const StoredStyleRulesSchema = z.object({
  rules: StyleRulesSchema,
  /** True while the newsroom has not changed Galley's default rules. */
  isDefault: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: TimestampSchema.nullable(),
});
export type StoredStyleRules = z.infer<typeof StoredStyleRulesSchema>;

/** The newsroom's house style: one rule set, read by everyone, changed by an admin. */
export const styleChannels = {
  'style.rules.get': {
    input: z.object({}).strict(),
    output: StoredStyleRulesSchema,
  },
  'style.rules.set': {
    input: z.object({ rules: StyleRulesSchema }).strict(),
    output: StoredStyleRulesSchema,
  },
} as const;
