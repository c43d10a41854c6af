import { isConfidential, type Source } from '../../domain/source';
import { safeLinkUrl } from './safe-url';

/** What a renderer may know of a source: enough to name it and link to it. */
export type CitableSource = Pick<Source, 'title' | 'url' | 'publisher' | 'interview'>;

/** The sources a body cites, by id, for renderers that link citations to them. */
export type SourceLookup = ReadonlyMap<string, CitableSource>;

export interface NamedSource {
  title: string;
  publisher: string;
  /** Already checked by safeLinkUrl; null when the source has no address. */
  url: string | null;
}

/**
 * The sources a citation or note may name, in the order it cites them. A confidential
 * source (an interviewee not on the record) is never named or linked: its identity does
 * not leave the workstation, whatever the caller passed in. Unknown ids are skipped.
 */
export function nameableSources(sourceIds: readonly string[], sources: SourceLookup | undefined): NamedSource[] {
  if (sources === undefined) return [];
  const named: NamedSource[] = [];
  for (const id of sourceIds) {
    const source = sources.get(id);
    if (source === undefined || isConfidential(source)) continue;
    named.push({ title: source.title.trim(), publisher: source.publisher.trim(), url: source.url === '' ? null : safeLinkUrl(source.url) });
  }
  return named;
}

/** "Title, Publisher", or whichever of the two there is. */
export const sourceLabel = (source: NamedSource): string => [source.title, source.publisher].filter((part) => part !== '').join(', ');
