import { z } from 'zod';
import { IdSchema } from '../domain/ids';

/** Events pushed from the main side to every open window, over the same Bridge. */
export const GalleyEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('article.saved'),
    articleId: IdSchema,
    version: z.number().int(),
    updatedAt: z.string(),
  }),
  z.object({ type: z.literal('article.changed'), articleId: IdSchema }),
  z.object({ type: z.literal('articles.listChanged') }),
  z.object({ type: z.literal('revisions.changed'), articleId: IdSchema }),
  /** A command from the native menu (Electron) to the editor. */
  z.object({ type: z.literal('menu.command'), command: z.string().max(64) }),
]);
export type GalleyEvent = z.infer<typeof GalleyEventSchema>;
