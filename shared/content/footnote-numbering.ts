/**
 * How footnotes are numbered, wherever a number is shown: in the editor (./nodes/footnote-order),
 * in the checks and the citation index (./scan), and in every export (./render). Numbers run
 * 1, 2, 3… in the order a reader meets the markers, which is document order; every marker
 * has its own number, even two that share a note.
 */

/** The number of the marker met after `before` others. */
export const footnoteNumber = (before: number): number => before + 1;

export interface NumberedNote<T> {
  note: T;
  number: number;
}

/** The markers a renderer has met so far, each with its number, for the notes written after the body. */
export class FootnoteNumbering<T> {
  private readonly met: NumberedNote<T>[] = [];

  /** Numbers the next marker met; call once per marker, in the order they are written. */
  number(note: T): number {
    const number = footnoteNumber(this.met.length);
    this.met.push({ note, number });
    return number;
  }

  /** Every marker met, in order. */
  get notes(): readonly NumberedNote<T>[] {
    return this.met;
  }
}
