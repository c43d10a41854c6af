import { useSyncExternalStore } from 'react';
import type { LexicalEditor } from 'lexical';
import { markRegistryFor } from '../../editor/review/markRegistry';
import type { MarkKind } from '../../../shared/content/marks';
import { requestSelectLocation } from '../../common/locationEvents';

/** The mark ids in the open text, in document order (from the editor's registry, debounced). */
export function useLiveMarks(editor: LexicalEditor): readonly string[] {
  const registry = markRegistryFor(editor);
  return useSyncExternalStore(registry.subscribe, registry.getSnapshot);
}

/**
 * Splits records into those whose words are in the text (in document order) and the
 * detached ones (their words deleted), newest first.
 */
export function inTextOrder<T extends { id: string; createdAt: string }>(records: readonly T[], kind: MarkKind, live: readonly string[]) {
  const position = new Map(live.map((id, index) => [id, index]));
  const place = (record: T) => position.get(`${kind}:${record.id}`);
  const attached = records.filter((record) => place(record) !== undefined).sort((a, b) => place(a)! - place(b)!);
  const detached = records.filter((record) => place(record) === undefined).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { attached, detached };
}

/** Selects a comment's or claim's words in the text; false when they are no longer there. */
export const selectMark = (kind: MarkKind, id: string): boolean =>
  requestSelectLocation({ kind: 'mark', markId: `${kind}:${id}`, block: 0, offset: 0, length: 0 });

export const when = (iso: string): string => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
