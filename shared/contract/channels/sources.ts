import { z } from 'zod';
import { IdSchema } from '../../domain/ids';
import { SourceFieldsSchema, SourceSchema } from '../../domain/source';

const MAX_REFERENCE_FILE_CHARS = 5_000_000;

/** Sources, the library and reference files (issue 3). */
export const sourcesChannels = {
  'sources.list': {
    input: z
      .object({
        /** An article's attached sources; without it, the library. */
        articleId: IdSchema.optional(),
        /** Library search over title, publisher, author and address; empty lists the newest. */
        query: z.string().max(500).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.array(SourceSchema),
  },
  'sources.create': {
    input: z.object({ fields: SourceFieldsSchema, attachTo: IdSchema.optional() }).strict(),
    output: SourceSchema,
  },
  'sources.update': {
    input: z.object({ id: IdSchema, fields: SourceFieldsSchema }).strict(),
    output: SourceSchema,
  },
  'sources.delete': {
    input: z.object({ id: IdSchema }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
  'sources.attach': {
    input: z.object({ articleId: IdSchema, sourceId: IdSchema }).strict(),
    output: z.array(SourceSchema),
  },
  'sources.detach': {
    input: z.object({ articleId: IdSchema, sourceId: IdSchema }).strict(),
    output: z.array(SourceSchema),
  },
  'sources.import': {
    input: z
      .object({
        fileName: z.string().min(1).max(500),
        /** A CSL-JSON or BibTeX file's text (a whole Zotero library export stays well under this). */
        text: z.string().max(MAX_REFERENCE_FILE_CHARS),
        attachTo: IdSchema.optional(),
      })
      .strict(),
    output: z.object({ sources: z.array(SourceSchema), warnings: z.array(z.string()) }),
  },
} as const;
