import type { DiffPiece } from '../../shared/diff/types';

/**
 * Words as they changed: insertions in <ins>, deletions in <del>, each starting with a
 * hidden "inserted:" / "deleted:" so a screen reader says what colour alone would not.
 */
export function DiffPieces({ pieces }: { pieces: readonly DiffPiece[] }) {
  return (
    <>
      {pieces.map((piece, index) =>
        piece.kind === 'same' ? (
          <span key={index}>{piece.text}</span>
        ) : piece.kind === 'added' ? (
          <ins key={index} className="diff-ins">
            <span className="visually-hidden">[inserted: </span>
            {piece.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <del key={index} className="diff-del">
            <span className="visually-hidden">[deleted: </span>
            {piece.text}
            <span className="visually-hidden">]</span>
          </del>
        ),
      )}
    </>
  );
}
