import { z } from 'zod';
import { RightsSnapshotSchema, type RightsSnapshot } from '../../shared/diff/types';
import { AttributionRuleSchema, SourceKindSchema } from '../../shared/domain/source';
import { sourceSnapshots } from '../../shared/diff/source-snapshot';

/*
 * Reading back the records a snapshot keeps beside a revision or a last look: image rights
 * (as labelled JSON, the revision_rights trigger of migration 010) and sources (the
 * revision_sources trigger of migration 012). Shared by the owners of those tables.
 */

/** Rows of (asset id, labelled rights JSON) as a map; a row that does not parse is left out. */
export function parseRights(rows: ReadonlyArray<{ asset_id: string; rights_json: string }>): Record<string, RightsSnapshot> {
  const out: Record<string, RightsSnapshot> = {};
  for (const row of rows) {
    const parsed = RightsSnapshotSchema.safeParse(JSON.parse(row.rights_json));
    if (parsed.success) out[row.asset_id] = parsed.data;
  }
  return out;
}

/** A source as the revision_sources trigger of migration 12 keeps it (flat, as the table has it). */
const KeptSourceSchema = z.object({
  id: z.string(),
  kind: SourceKindSchema,
  title: z.string(),
  url: z.string(),
  publisher: z.string(),
  author: z.string(),
  publishedDate: z.string(),
  accessedDate: z.string(),
  archiveUrl: z.string(),
  notes: z.string(),
  interviewName: z.string().nullable(),
  interviewRole: z.string().nullable(),
  interviewContact: z.string().nullable(),
  attribution: AttributionRuleSchema.nullable(),
});

export function parseKeptSources(json: string): Record<string, RightsSnapshot> | undefined {
  const parsed = z.array(KeptSourceSchema).safeParse(JSON.parse(json));
  if (!parsed.success) return undefined;
  return sourceSnapshots(
    parsed.data.map(({ interviewName, interviewRole, interviewContact, attribution, ...fields }) => ({
      ...fields,
      interview: attribution === null ? null : { name: interviewName ?? '', role: interviewRole ?? '', contact: interviewContact ?? '', attribution },
    })),
  );
}
