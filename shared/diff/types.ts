import { z } from 'zod';

/**
 * What changed between two states of an article, as the inline diff view shows it: the
 * body block by block with word-level insertions and deletions, the metadata field by
 * field, footnotes by note, the sources cited, and the rights of the images shown.
 */

export const DiffPieceSchema = z.object({
  kind: z.enum(['same', 'added', 'removed']),
  text: z.string(),
});
export type DiffPiece = z.infer<typeof DiffPieceSchema>;

export const BlockDiffSchema = z.object({
  status: z.enum(['same', 'added', 'removed', 'changed']),
  /** paragraph, heading, quote, list… (of the newer block where there is one). */
  type: z.string(),
  pieces: z.array(DiffPieceSchema),
});
export type BlockDiff = z.infer<typeof BlockDiffSchema>;

export const FieldDiffSchema = z.object({
  field: z.string(),
  label: z.string(),
  pieces: z.array(DiffPieceSchema),
});
export type FieldDiff = z.infer<typeof FieldDiffSchema>;

export const FootnoteDiffSchema = z.object({
  noteId: z.string(),
  /** The number readers see, in the newer state where the note still exists. */
  number: z.number().int().positive(),
  status: z.enum(['added', 'removed', 'changed']),
  pieces: z.array(DiffPieceSchema),
});
export type FootnoteDiff = z.infer<typeof FootnoteDiffSchema>;

export const CitedSourceSchema = z.object({ id: z.string(), title: z.string() });
export type CitedSource = z.infer<typeof CitedSourceSchema>;

export const RightsDiffSchema = z.object({
  assetId: z.string(),
  /** A name a person recognises: the credit line or the file name. */
  label: z.string(),
  status: z.enum(['added', 'removed', 'changed']),
  fields: z.array(FieldDiffSchema),
});
export type RightsDiff = z.infer<typeof RightsDiffSchema>;

export const SourceDiffSchema = z.object({
  sourceId: z.string(),
  /** Its title (the newer one where it changed). */
  label: z.string(),
  /** Added to or removed from what the article cites or attaches, or changed in the library. */
  status: z.enum(['added', 'removed', 'changed']),
  fields: z.array(FieldDiffSchema),
});
export type SourceDiff = z.infer<typeof SourceDiffSchema>;

export const ArticleDiffSchema = z.object({
  changed: z.boolean(),
  meta: z.array(FieldDiffSchema),
  body: z.array(BlockDiffSchema),
  footnotes: z.array(FootnoteDiffSchema),
  citations: z.object({ added: z.array(CitedSourceSchema), removed: z.array(CitedSourceSchema) }),
  rights: z.array(RightsDiffSchema),
  /** The sources the article cites or attaches, field by field (a retitled source, an interview put on the record). */
  sources: z.array(SourceDiffSchema),
});
export type ArticleDiff = z.infer<typeof ArticleDiffSchema>;

/** The rights of one image (or one source) as a snapshot keeps them: field label → value ("Licence" → "CC BY 4.0"). */
export const RightsSnapshotSchema = z.record(z.string().max(100), z.string().max(10_000));
export type RightsSnapshot = z.infer<typeof RightsSnapshotSchema>;
