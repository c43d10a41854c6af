import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../../domain/ids';
import { HomeSectionSchema, TransitionInputSchema, TransitionResultSchema, WorkflowStatusSchema } from '../../domain/workflow';

/** Where an article stands, moving it on, and each person's home (issue 5). */
export const workflowChannels = {
  'workflow.status': {
    input: z.object({ articleId: IdSchema }).strict(),
    output: WorkflowStatusSchema,
  },
  'workflow.transition': {
    input: TransitionInputSchema,
    output: TransitionResultSchema,
  },
  'workflow.home': {
    input: z
      .object({
        /** The start of "today" where the person is (UTC), for "published today". */
        todayStart: TimestampSchema.optional(),
      })
      .strict(),
    output: z.object({ sections: z.array(HomeSectionSchema) }),
  },
} as const;
