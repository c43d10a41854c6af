import { z } from 'zod';
import { IdSchema } from '../../domain/ids';
import { LocatorSchema } from '../../domain/source';
import { linksFitText, MAX_NOTE_LINKS, NoteLinkSchema } from './note-links';

/**
 * The node-specific fields of Galley's own body nodes, checked when a document is loaded
 * (in the editor and, headless, in the main process before every save). A document whose
 * citation or footnote fields are malformed is refused rather than half-loaded.
 *
 * These shapes are the contract with everything that reads the stored JSON without Lexical
 * (the checks, the renderers, the index built on save): change them only with a new
 * node `version` and a migration.
 */

/** More sources than any one claim needs; bounds what a hostile document can ask for. */
export const MAX_CITED_SOURCES = 50;
/** A note is a sentence or a paragraph; 20,000 characters is a long essay. */
export const MAX_NOTE_LENGTH = 20_000;
/** `[8]`, `[iv]`, `[note 12]`: labels are short. */
export const MAX_REFERENCE_LABEL = 40;

export const SourceIdsSchema = z.array(IdSchema).max(MAX_CITED_SOURCES);

export const CitationFieldsSchema = z.object({
  sourceIds: SourceIdsSchema.min(1, 'a citation cites at least one source'),
  locator: LocatorSchema.nullable().default(null),
});
export type CitationFields = z.infer<typeof CitationFieldsSchema>;

export const FootnoteFieldsSchema = z
  .object({
    noteId: IdSchema,
    text: z.string().max(MAX_NOTE_LENGTH).default(''),
    sourceIds: SourceIdsSchema.default([]),
    /** Added without a new version: a note without links has none, as before. */
    links: z.array(NoteLinkSchema).max(MAX_NOTE_LINKS).default([]),
  })
  .refine((fields) => linksFitText(fields.links, fields.text), { message: 'a link in a note must lie inside its text, in order', path: ['links'] });
export type FootnoteFields = z.infer<typeof FootnoteFieldsSchema>;

export const ReferenceMarkerFieldsSchema = z.object({
  label: z.string().trim().min(1).max(MAX_REFERENCE_LABEL),
});
export type ReferenceMarkerFields = z.infer<typeof ReferenceMarkerFieldsSchema>;

/** Parses a node's fields, with a message that names the node, for the load error. */
export function parseNodeFields<T>(schema: z.ZodType<T>, json: unknown, nodeType: string): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue !== undefined && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  throw new Error(`a ${nodeType} node is malformed${where}: ${issue?.message ?? 'bad shape'}`);
}
