import { z } from 'zod';
import { IdSchema } from '../../domain/ids';
import { FindingSchema } from '../../checks/finding';

/** The pre-publication checks over one article. */
export const checksChannels = {
  'checks.run': {
    input: z.object({ articleId: IdSchema }).strict(),
    output: z.object({ findings: z.array(FindingSchema) }),
  },
} as const;
