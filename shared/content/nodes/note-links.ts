import { z } from 'zod';
import { safeLinkUrl } from '../render/safe-url';

/**
 * Links in a footnote's note. The note stays flat text (so the body stays one flat
 * document); a link is a range of that text, [start, end) in UTF-16 code units, with its
 * address. Ranges are in order and do not overlap.
 */

/** More links than any note needs; bounds what a hostile document can ask for. */
export const MAX_NOTE_LINKS = 100;

export const NoteLinkSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    url: z.string().max(2048).refine((url) => safeLinkUrl(url) !== null, 'a link in a note must be a web or e-mail address'),
  })
  .refine((link) => link.end > link.start, 'a link in a note covers at least one character');
export type NoteLink = z.infer<typeof NoteLinkSchema>;

/** Whether the links fit the note's text: inside it, in order, not overlapping. */
export function linksFitText(links: readonly NoteLink[], text: string): boolean {
  let from = 0;
  for (const link of links) {
    if (link.start < from || link.end > text.length) return false;
    from = link.end;
  }
  return true;
}

/**
 * The links after the note's text changed from `before` to `after`, whatever the edit: the
 * changed stretch is found as what lies between the common start and the common end. Text
 * typed inside a link joins it; typed at either edge, it does not; a link whose words were
 * all deleted goes.
 */
export function linksAfterEdit(links: readonly NoteLink[], before: string, after: string): NoteLink[] {
  if (links.length === 0 || before === after) return [...links];
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix += 1;
  const oldEnd = before.length - suffix;
  const delta = after.length - before.length;
  const inserted = after.length - suffix - prefix;
  const mapStart = (x: number) => (x < prefix ? x : x >= oldEnd ? x + delta : prefix + inserted);
  const mapEnd = (x: number) => (x <= prefix ? x : x >= oldEnd ? x + delta : prefix);
  return links.map((link) => ({ ...link, start: mapStart(link.start), end: mapEnd(link.end) })).filter((link) => link.end > link.start);
}
