import type { Check } from '../check';
import type { Finding } from '../finding';
import { scannedBody } from '../../content/scan';
import { sourceLabel, textAt } from './common';

/**
 * SOURCE_DANGLING_REFERENCE: a citation or footnote that points to no source attached to
 * the article, or a bracketed marker found on import whose note was never found. One
 * finding per citation, footnote or marker, so each has its own place.
 */
export const checkDanglingReferences: Check = (article, context) => {
  const scan = scannedBody(article.body);
  const attached = new Set((context.sources ?? []).map((source) => source.id));
  const unattached = new Map((context.unattachedSources ?? []).map((source) => [source.id, source]));
  const findings: Finding[] = [];

  const missing = (ids: readonly string[]): string | null => {
    const absent = ids.filter((id) => !attached.has(id));
    if (ids.length > 0 && absent.length === 0) return null;
    const known = absent.flatMap((id) => {
      const source = unattached.get(id);
      return source === undefined ? [] : [sourceLabel(source)];
    });
    if (ids.length === 0) return 'points to no source';
    if (known.length === absent.length) {
      return `cites ${known.join(' and ')}, which ${known.length === 1 ? 'is' : 'are'} not attached to this article: attach ${known.length === 1 ? 'it' : 'them'} in Sources`;
    }
    return `cites ${absent.length === 1 ? 'a source that no longer exists' : `${absent.length} sources that no longer exist`}`;
  };

  for (const citation of scan.citations) {
    const problem = missing(citation.sourceIds);
    if (problem === null) continue;
    findings.push({
      code: 'SOURCE_DANGLING_REFERENCE',
      severity: 'block',
      message: `A citation ${problem}. Choose its source again, or remove the citation.`,
      location: textAt(citation.at),
    });
  }
  for (const footnote of scan.footnotes) {
    if (footnote.sourceIds.length === 0) continue; // a note need not cite anything
    const problem = missing(footnote.sourceIds);
    if (problem === null) continue;
    findings.push({
      code: 'SOURCE_DANGLING_REFERENCE',
      severity: 'block',
      message: `Footnote ${footnote.number} ${problem}. Choose its source again, or remove it from the note.`,
      location: { kind: 'footnote', noteId: footnote.noteId },
    });
  }
  for (const marker of scan.markers) {
    const label = marker.label.trim().replace(/^\[|\]$/g, '');
    findings.push({
      code: 'SOURCE_DANGLING_REFERENCE',
      severity: 'block',
      message: `${label === '' ? 'A reference marker' : `Reference [${label}]`} has no note or source. Replace it with a citation or a footnote, or delete it.`,
      // Markers side by side ([8][9]) share a place; the label tells them apart.
      location: { kind: 'marker', block: marker.at.block, offset: marker.at.offset, label: label.slice(0, 200) },
    });
  }
  return findings;
};
