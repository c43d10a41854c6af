import type { SourceFields } from '../domain/source';
import type { RightsSnapshot } from './types';

const ATTRIBUTION_WORDS = { on_the_record: 'on the record', background: 'on background', anonymous: 'anonymous' } as const;

/**
 * A source as a diff compares it: label → value, every field a person edits. What the
 * article publishes about a source changes with any of them (its title and address, an
 * interview put on the record), so each shows.
 */
export function sourceSnapshot(source: SourceFields): RightsSnapshot {
  const snapshot: RightsSnapshot = {
    Title: source.title,
    Kind: source.kind.replace('_', ' '),
    Address: source.url,
    Publisher: source.publisher,
    Author: source.author,
    Published: source.publishedDate,
    Accessed: source.accessedDate,
    Archive: source.archiveUrl,
    Notes: source.notes,
  };
  if (source.interview !== null) {
    snapshot['Interviewee'] = source.interview.name;
    snapshot['Role'] = source.interview.role;
    snapshot['Contact'] = source.interview.contact;
    snapshot['Attribution'] = ATTRIBUTION_WORDS[source.interview.attribution];
  }
  return snapshot;
}

/** The snapshots of an article's sources, by id. */
export const sourceSnapshots = (sources: ReadonlyArray<SourceFields & { id: string }>): Record<string, RightsSnapshot> =>
  Object.fromEntries(sources.map((source) => [source.id, sourceSnapshot(source)]));
