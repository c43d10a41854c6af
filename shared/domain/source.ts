import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids';

/** The kinds of source a newsroom cites (PRODUCT.md, "Sources, citations and footnotes"). */
export const SOURCE_KINDS = [
  'web_page',
  'document',
  'dataset',
  'interview',
  'press_release',
  'social_post',
  'wire_copy',
  'book_paper',
] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/**
 * How an interviewee may be named. Anything but on-the-record makes the source
 * confidential: their identity never leaves the workstation (exports, publications, the
 * command line's output, logs and copied text show "[confidential source]").
 */
export const ATTRIBUTION_RULES = ['on_the_record', 'background', 'anonymous'] as const;
export const AttributionRuleSchema = z.enum(ATTRIBUTION_RULES);
export type AttributionRule = z.infer<typeof AttributionRuleSchema>;

export const CONFIDENTIAL_PLACEHOLDER = '[confidential source]';

const optionalText = (max: number) => z.string().max(max).default('');
const optionalUrl = z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)]).default('');
const optionalDate = z.union([z.literal(''), z.iso.date()]).default('');

/** The fields a person edits. */
export const SourceFieldsSchema = z.object({
  kind: SourceKindSchema,
  title: z.string().trim().min(1, 'a source needs a title').max(500),
  url: optionalUrl,
  publisher: optionalText(300),
  author: optionalText(300),
  publishedDate: optionalDate,
  accessedDate: optionalDate,
  archiveUrl: optionalUrl,
  notes: optionalText(5000),
  /** Interviews: who, their role, how to reach them, and how they may be named. */
  interview: z
    .object({
      name: z.string().max(300).default(''),
      role: z.string().max(300).default(''),
      contact: z.string().max(500).default(''),
      attribution: AttributionRuleSchema.default('on_the_record'),
    })
    .nullable()
    .default(null),
});
export type SourceFields = z.infer<typeof SourceFieldsSchema>;
export type SourceFieldsInput = z.input<typeof SourceFieldsSchema>;

/** A source in the newsroom library; articles attach sources and cite them. */
export const SourceSchema = SourceFieldsSchema.extend({
  id: IdSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Source = z.infer<typeof SourceSchema>;

export const isConfidential = (source: Pick<SourceFields, 'interview'>): boolean =>
  source.interview !== null && source.interview.attribution !== 'on_the_record';

/** Locators narrow a citation to a place in the source. */
export const LOCATOR_KINDS = ['page', 'timestamp', 'paragraph', 'quote'] as const;
export const LocatorSchema = z.object({ kind: z.enum(LOCATOR_KINDS), value: z.string().trim().min(1).max(500) });
export type Locator = z.infer<typeof LocatorSchema>;
