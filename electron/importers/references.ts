import { randomUUID } from 'node:crypto';
import type { Inline } from '../../shared/content/render/tree';

/**
 * Bracketed references in running text: `[8]`, `[8][9]`, `border.[17]`. Only numbers of
 * up to three digits count: `[sic]`, `[2024]` and `[citation needed]` are words.
 */
const BRACKETED_REFERENCE = /\[(\d{1,3})\]/g;

/** The note for a label, when the document has one. */
export type NoteLookup = (label: string) => string | undefined;

/**
 * Appends `text` to `out` with every bracketed reference turned into a footnote (when
 * `notes` knows its label) or a dangling reference marker. Returns the labels that found
 * no note, in order.
 */
export function pushTextWithReferences(out: Inline[], text: string, format: number, notes: NoteLookup = () => undefined): string[] {
  const dangling: string[] = [];
  let last = 0;
  for (const match of text.matchAll(BRACKETED_REFERENCE)) {
    const label = match[1] ?? '';
    if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index), format });
    const note = notes(label);
    if (note === undefined) {
      out.push({ kind: 'reference', label });
      dangling.push(label);
    } else {
      out.push({ kind: 'footnote', noteId: randomUUID(), text: note, sourceIds: [] });
    }
    last = match.index + match[0].length;
  }
  if (last === 0) out.push({ kind: 'text', text, format });
  else if (last < text.length) out.push({ kind: 'text', text: text.slice(last), format });
  return dangling;
}

/** The warning for references whose note is missing, or none. */
export function danglingWarning(labels: readonly string[]): string[] {
  if (labels.length === 0) return [];
  const shown = labels.slice(0, 10).map((label) => `[${label}]`).join(', ');
  const more = labels.length > 10 ? ` and ${labels.length - 10} more` : '';
  return [
    labels.length === 1
      ? `The reference ${shown} has no note in this file. It is kept and marked as a dangling reference: add its footnote or citation.`
      : `${labels.length} references (${shown}${more}) have no note in this file. They are kept and marked as dangling references: add their footnotes or citations.`,
  ];
}
