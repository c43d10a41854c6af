import type { Check } from '../check';
import { scannedBody } from '../../content/scan';

/** FOOTNOTE_EMPTY: a numbered note with nothing in it would be published as a bare number. */
export const checkEmptyFootnotes: Check = (article) =>
  scannedBody(article.body)
    .footnotes.filter((footnote) => footnote.text.trim() === '')
    .map((footnote) => ({
      code: 'FOOTNOTE_EMPTY',
      severity: 'block' as const,
      message: `Footnote ${footnote.number} has no text. Write the note, or delete its marker.`,
      location: { kind: 'footnote' as const, noteId: footnote.noteId },
    }));
