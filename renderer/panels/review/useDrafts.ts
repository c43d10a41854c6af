import { useCallback, useState, type SetStateAction } from 'react';

/**
 * What is being typed for each item of a review list (a reply, a verdict and its note), by
 * the item's id. The list keeps it rather than the item: moving between the list's sections
 * (resolved, reopened, detached when its words are deleted, back with undo) replaces the
 * item, and would reset what was typed in it.
 */
/** `empty` is what an item without a draft shows; keep it one constant, so the setters stay the same. */
export function useDrafts<T>(empty: T) {
  const [drafts, setDrafts] = useState<ReadonlyMap<string, T>>(new Map());
  const setDraft = useCallback(
    (id: string) => (update: SetStateAction<T>) =>
      setDrafts((current) => {
        const before = current.get(id) ?? empty;
        const next = typeof update === 'function' ? (update as (previous: T) => T)(before) : update;
        return next === before ? current : new Map(current).set(id, next);
      }),
    [empty],
  );
  return { draftOf: (id: string) => drafts.get(id) ?? empty, setDraft };
}
