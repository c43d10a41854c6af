/**
 * A notes section at the end of a plain-text article: the numbered notes that its
 * bracketed markers point at.
 *
 *   Notes                                  (or References, Footnotes, Endnotes, Sources)
 *   [8] Reuters, 22 January 2026.
 *   [9] Interview with the author.
 *
 * Found either under such a heading (its lines may also read `8. …` or `8) …`) or, with
 * no heading, as a run of `[8] …` lines that ends the text. Only what follows the last
 * such heading is read, so "notes" in the middle of an article are left alone.
 */

const HEADING = /^(?:notes?|references?|footnotes?|endnotes?|sources?|citations?)\s*:?$/i;
const BRACKETED_NOTE = /^\[(\d{1,3})\]\s*(.*)$/;
const NUMBERED_NOTE = /^(\d{1,3})[.)]\s+(.*)$/;

export interface NotesSection {
  /** Index of the first paragraph of the section (its heading, when it has one). */
  start: number;
  notes: Map<string, string>;
}

/** Reads a note section's lines: a note runs until the next numbered line, continuation lines joined with a space. */
function readNotes(lines: readonly string[], allowNumbered: boolean): Map<string, string> | null {
  const notes = new Map<string, string>();
  let current: string | null = null;
  for (const line of lines) {
    const match = BRACKETED_NOTE.exec(line) ?? (allowNumbered ? NUMBERED_NOTE.exec(line) : null);
    if (match !== null) {
      current = match[1] ?? '';
      if (notes.has(current)) return null; // two notes with one number: not a notes list
      notes.set(current, (match[2] ?? '').trim());
    } else if (current !== null) {
      notes.set(current, `${notes.get(current) ?? ''} ${line}`.trim());
    } else {
      return null;
    }
  }
  return notes.size > 0 ? notes : null;
}

export function findNotesSection(paragraphs: readonly (readonly string[])[]): NotesSection | null {
  for (let i = paragraphs.length - 1; i >= 0; i -= 1) {
    const paragraph = paragraphs[i] ?? [];
    const [first = '', ...rest] = paragraph;
    if (HEADING.test(first)) {
      const notes = readNotes([...rest, ...paragraphs.slice(i + 1).flat()], true);
      return notes === null ? null : { start: i, notes };
    }
  }
  // No heading: the run of bracketed notes that ends the text.
  let start = paragraphs.length;
  while (start > 0 && (paragraphs[start - 1] ?? []).every((line) => BRACKETED_NOTE.test(line))) start -= 1;
  if (start === paragraphs.length || start === 0) return null;
  const notes = readNotes(paragraphs.slice(start).flat(), false);
  return notes === null ? null : { start, notes };
}
