import type { FootnoteMarker } from './tree';
import { safeLinkUrl } from './safe-url';

/** A stretch of a note's text, linked or not. */
export interface NoteSegment {
  text: string;
  /** A safe address (./safe-url), or null for plain text. */
  url: string | null;
}

/** A note's text cut at its links (../nodes/note-links), in order, for a renderer to write in its own syntax. */
export function noteSegments(note: FootnoteMarker): NoteSegment[] {
  const out: NoteSegment[] = [];
  let at = 0;
  for (const link of note.links ?? []) {
    if (link.start < at || link.end > note.text.length) continue;
    if (link.start > at) out.push({ text: note.text.slice(at, link.start), url: null });
    out.push({ text: note.text.slice(link.start, link.end), url: safeLinkUrl(link.url) });
    at = link.end;
  }
  if (at < note.text.length) out.push({ text: note.text.slice(at), url: null });
  return out;
}
