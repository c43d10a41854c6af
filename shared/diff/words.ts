import { diffWordsWithSpace } from 'diff';
import type { DiffPiece } from './types';

/** Word-level pieces from one text to another, with the `diff` package (spaces kept, so the pieces join back into either text). */
export function wordPieces(before: string, after: string): DiffPiece[] {
  if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
  if (before === '') return [{ kind: 'added', text: after }];
  if (after === '') return [{ kind: 'removed', text: before }];
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

export const hasChange = (pieces: readonly DiffPiece[]): boolean => pieces.some((piece) => piece.kind !== 'same');
