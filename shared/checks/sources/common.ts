import type { Source } from '../../domain/source';
import { redactSource } from '../../sources/redaction';
import type { TextLocation } from '../../content/text-location';
import type { BodyScan } from '../../content/scan';
import type { FindingLocation } from '../finding';

/** How a finding names a source: its title in quotes, redacted when it is confidential (findings reach the command line). */
export const sourceLabel = (source: Source): string => `“${redactSource(source).title}”`;

export const textAt = (at: TextLocation): FindingLocation => ({ kind: 'text', block: at.block, offset: at.offset, length: at.length });

/** Every source id the body cites, in citations or in footnotes' own citations. */
export function citedIds(scan: BodyScan): Set<string> {
  const ids = new Set<string>();
  for (const citation of scan.citations) for (const id of citation.sourceIds) ids.add(id);
  for (const footnote of scan.footnotes) for (const id of footnote.sourceIds) ids.add(id);
  return ids;
}
