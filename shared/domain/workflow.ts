import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids';
import { WorkflowStateSchema } from './article';
import { FindingSchema } from '../checks/finding';

export const PersonRefSchema = z.object({ id: z.string(), name: z.string() });
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** The approval an article carries, or carried until a change voided it. */
export const ApprovalSchema = z.object({
  id: IdSchema,
  revisionId: IdSchema,
  revisionNumber: z.number().int().positive(),
  /** The content hash (body and metadata) the approval is bound to. */
  contentHash: z.string(),
  approvedBy: PersonRefSchema,
  approvedAt: TimestampSchema,
  voided: z
    .object({ at: TimestampSchema, by: PersonRefSchema, reason: z.string() })
    .nullable(),
});
export type Approval = z.infer<typeof ApprovalSchema>;

export const TransitionRecordSchema = z.object({
  action: z.string(),
  from: WorkflowStateSchema,
  to: WorkflowStateSchema,
  by: PersonRefSchema,
  at: TimestampSchema,
  note: z.string().nullable(),
});
export type TransitionRecord = z.infer<typeof TransitionRecordSchema>;

/** Where an article stands in the workflow, and who has it. */
export const WorkflowStatusSchema = z.object({
  articleId: IdSchema,
  state: WorkflowStateSchema,
  author: PersonRefSchema,
  /** Whoever has it in edit (in_edit, correction), or null. */
  holder: PersonRefSchema.nullable(),
  approval: ApprovalSchema.nullable(),
  /** When it is to be published (UTC), once scheduled. */
  publishAt: TimestampSchema.nullable(),
  publishedAt: TimestampSchema.nullable(),
  /** The latest "returned" step, with the note for the writer. */
  lastReturn: TransitionRecordSchema.nullable(),
  /** The latest "submitted" step, with the writer's note for the editor (when they wrote one). */
  lastSubmit: TransitionRecordSchema.nullable(),
  /** The latest steps, newest first. */
  history: z.array(TransitionRecordSchema),
});
export type WorkflowStatus = z.infer<typeof WorkflowStatusSchema>;

const NoteSchema = z.string().trim().max(2000);
const AcknowledgementsSchema = z.array(z.string().max(500)).max(500);

/** One workflow step. Each action carries exactly what it needs. */
export const TransitionInputSchema = z.discriminatedUnion('action', [
  z
    .object({
      articleId: IdSchema,
      action: z.enum(['submit', 'take', 'pass', 'unschedule', 'publish', 'correct', 'unpublish', 'spike', 'reopen']),
      note: NoteSchema.optional(),
    })
    .strict(),
  z
    .object({
      articleId: IdSchema,
      action: z.literal('return'),
      note: NoteSchema.min(1, 'say what needs to change: a note for the writer is required'),
    })
    .strict(),
  z
    .object({
      articleId: IdSchema,
      action: z.literal('schedule'),
      /** UTC; the renderer converts from the person's local time. */
      publishAt: TimestampSchema,
      note: NoteSchema.optional(),
    })
    .strict(),
  z
    .object({
      articleId: IdSchema,
      action: z.literal('approve'),
      /** The keys (findingKey) of the warnings the approver has read and accepts, one by one. */
      acknowledgements: AcknowledgementsSchema.default([]),
      note: NoteSchema.optional(),
    })
    .strict(),
]);
export type TransitionInput = z.infer<typeof TransitionInputSchema>;

/** A step either happened, or the approval gate refused it and listed why. */
export const TransitionResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('done'), status: WorkflowStatusSchema }),
  z.object({
    outcome: z.literal('refused'),
    message: z.string(),
    blocking: z.array(FindingSchema),
    unacknowledged: z.array(FindingSchema),
  }),
]);
export type TransitionResult = z.infer<typeof TransitionResultSchema>;

export const HomeItemSchema = z.object({
  id: IdSchema,
  headline: z.string(),
  section: z.string(),
  state: WorkflowStateSchema,
  author: PersonRefSchema,
  holder: PersonRefSchema.nullable(),
  updatedAt: TimestampSchema,
  stateChangedAt: TimestampSchema,
  publishAt: TimestampSchema.nullable(),
  /** For articles returned to their writer: what to change. */
  note: z.string().nullable(),
});
export type HomeItem = z.infer<typeof HomeItemSchema>;

export const HOME_SECTION_IDS = ['myDrafts', 'returnedToMe', 'submitted', 'inEditByMe', 'ready', 'scheduled', 'publishedToday'] as const;

export const HomeSectionSchema = z.object({
  id: z.enum(HOME_SECTION_IDS),
  title: z.string(),
  count: z.number().int().nonnegative(),
  items: z.array(HomeItemSchema),
});
export type HomeSection = z.infer<typeof HomeSectionSchema>;
