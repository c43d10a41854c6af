import { z } from 'zod';

/**
 * The newsroom's house style: what the style check (shared/checks/style) and the editor's
 * underlines read. An admin edits it in Settings; it is stored as JSON in the database and
 * parsed with this schema on every read, so a hand-edited row cannot reach the matcher.
 */

/** A word or short phrase as a person types it: trimmed, no line breaks. */
const Phrase = z
  .string()
  .trim()
  .min(1, 'a word cannot be empty')
  .max(100, 'a word or phrase is at most 100 characters')
  .regex(/^[^\r\n]*$/, 'a word or phrase is on one line');

export const PreferredFormSchema = z.object({
  /** The forms to replace (Kiev). */
  from: z.array(Phrase).min(1, 'say which spelling to replace').max(20),
  /** The house form (Kyiv). */
  to: Phrase,
  note: z.string().max(300).optional(),
  /** Match the letters' case exactly (US vs us); by default case is ignored and kept in the fix. */
  caseSensitive: z.boolean().optional(),
});
export type PreferredForm = z.infer<typeof PreferredFormSchema>;

export const NameGroupSchema = z.object({
  /** The spelling house style uses. */
  preferred: Phrase,
  /** Other spellings of the same name; an article that mixes any two spellings is flagged. */
  variants: z.array(Phrase).min(1, 'a name group needs at least one other spelling').max(20),
});
export type NameGroup = z.infer<typeof NameGroupSchema>;

export const BannedWordSchema = z.object({
  word: Phrase,
  /** A word to use instead; without one the finding only says why. */
  suggestion: z.string().trim().max(100).optional(),
  reason: z.string().trim().min(1, 'say why the word is banned').max(300),
});
export type BannedWord = z.infer<typeof BannedWordSchema>;

/** Figures that stay figures even below the limit (AP style). */
export const NUMBER_EXCEPTIONS = ['percentages', 'ages', 'dates', 'measurements', 'money', 'times'] as const;
export const NumberExceptionSchema = z.enum(NUMBER_EXCEPTIONS);
export type NumberException = z.infer<typeof NumberExceptionSchema>;

export const NumbersRuleSchema = z.object({
  enabled: z.boolean(),
  /** Whole numbers from one up to (not including) this are spelled out: 10 means one to nine. */
  spellOutBelow: z.number().int().min(2).max(11),
  exceptions: z.array(NumberExceptionSchema).max(NUMBER_EXCEPTIONS.length),
});
export type NumbersRule = z.infer<typeof NumbersRuleSchema>;

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase();

export const StyleRulesSchema = z
  .object({
    preferredForms: z.array(PreferredFormSchema).max(2000),
    nameGroups: z.array(NameGroupSchema).max(500),
    bannedWords: z.array(BannedWordSchema).max(2000),
    numbers: NumbersRuleSchema,
    /** Leave words inside quotation marks alone: a quote is what someone said. */
    ignoreQuotations: z.boolean().default(false),
  })
  .superRefine((rules, ctx) => {
    rules.preferredForms.forEach((rule, index) => {
      const same = rule.caseSensitive === true ? rule.from.find((f) => f === rule.to) : rule.from.find((f) => fold(f) === fold(rule.to));
      if (same !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['preferredForms', index, 'from'],
          message: `“${same}” is both the spelling to replace and the house form: remove it from the spellings to replace.`,
        });
      }
    });
    rules.nameGroups.forEach((group, index) => {
      const spellings = [group.preferred, ...group.variants].map((s) => s.normalize('NFC'));
      const repeated = spellings.find((s, i) => spellings.indexOf(s) !== i);
      if (repeated !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['nameGroups', index, 'variants'],
          message: `“${repeated}” is listed twice in the name group for “${group.preferred}”.`,
        });
      }
    });
  });
export type StyleRules = z.infer<typeof StyleRulesSchema>;
/** The rules as typed in a form, before defaults are applied. */
export type StyleRulesInput = z.input<typeof StyleRulesSchema>;

/** A validation failure in plain words: where, then what. */
export function describeRulesError(error: z.ZodError): string {
  const sections: Record<string, string> = {
    preferredForms: 'Preferred forms',
    nameGroups: 'Name spellings',
    bannedWords: 'Banned words',
    numbers: 'Numbers',
  };
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const [section, index] = issue.path;
      const where = typeof section === 'string' ? sections[section] ?? section : 'House style';
      const row = typeof index === 'number' ? `, row ${index + 1}` : '';
      return `${where}${row}: ${issue.message}`;
    })
    .join(' ');
}
