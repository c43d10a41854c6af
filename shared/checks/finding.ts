import { z } from 'zod';

export const SEVERITIES = ['block', 'warn', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** Where a finding points: a field of the metadata, a paragraph, a node of the body, an asset. */
export const FindingLocationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article') }),
  z.object({ kind: z.literal('field'), field: z.string().max(100) }),
  z.object({ kind: z.literal('paragraph'), index: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('node'), key: z.string().max(200) }),
  z.object({ kind: z.literal('asset'), assetId: z.string().max(200) }),
  /** Words of the body: a top-level block and a range of its text (see shared/content/text-location). */
  z.object({
    kind: z.literal('text'),
    block: z.number().int().nonnegative(),
    offset: z.number().int().nonnegative(),
    length: z.number().int().nonnegative(),
  }),
  /** A bracketed reference marker (`[8]`) found on import: its block, its place in the block's text, and its label. */
  z.object({
    kind: z.literal('marker'),
    block: z.number().int().nonnegative(),
    offset: z.number().int().nonnegative(),
    label: z.string().max(200),
  }),
  /** A footnote, by the id of its note (its number changes as text moves; the id does not). */
  z.object({ kind: z.literal('footnote'), noteId: z.string().max(200) }),
  /** A source record (attached to the article): the Sources panel shows it. */
  z.object({ kind: z.literal('source'), sourceId: z.string().max(200) }),
  /**
   * A comment's or claim's mark (`comment:<id>` / `claim:<id>`, see shared/content/marks), with
   * where its words were when checked: the editor selects the mark itself, wherever it has moved.
   */
  z.object({
    kind: z.literal('mark'),
    markId: z.string().max(200),
    block: z.number().int().nonnegative(),
    offset: z.number().int().nonnegative(),
    length: z.number().int().nonnegative(),
  }),
]);
export type FindingLocation = z.infer<typeof FindingLocationSchema>;

/**
 * One result of a check. `code` is part of the interface (the Checks panel, `galley check
 * --json`, the approval gate); `message` is for a person and says what to do.
 */
export const FindingSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  severity: SeveritySchema,
  message: z.string(),
  location: FindingLocationSchema,
});
export type Finding = z.infer<typeof FindingSchema>;

function locationKey(location: FindingLocation): string {
  switch (location.kind) {
    case 'article':
      return 'article';
    case 'field':
      return `field:${location.field}`;
    case 'paragraph':
      return `paragraph:${location.index}`;
    case 'node':
      return `node:${location.key}`;
    case 'asset':
      return `asset:${location.assetId}`;
    case 'text':
      return `text:${location.block}:${location.offset}:${location.length}`;
    case 'marker':
      return `marker:${location.block}:${location.offset}:${location.label}`;
    case 'footnote':
      return `footnote:${location.noteId}`;
    case 'source':
      return `source:${location.sourceId}`;
    case 'mark':
      // The mark's id alone: the claim stays the same claim when text before it moves it.
      return `mark:${location.markId}`;
  }
}

/**
 * A finding's identity for acknowledgements: the same problem in the same place keeps the
 * same key across runs, so a warning acknowledged in the gate dialog is the one approved.
 */
export const findingKey = (finding: Finding): string => `${finding.code}@${locationKey(finding.location)}`;

export const blocking = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'block');
export const warnings = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'warn');
