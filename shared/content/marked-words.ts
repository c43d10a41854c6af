import type { ArticleBody } from './body';
import { scannedBody } from './scan';

/**
 * The words each comment or claim mark wraps, read from the body (never a stored copy, so
 * a claim is always quoted as it now reads). A mark split in pieces (by a link, or across
 * paragraphs) is its pieces joined: touching pieces directly, others with a space.
 * Keyed by the mark id as stored (`claim:<id>`); an id whose mark is gone is absent.
 */
export function markedWords(body: ArticleBody): Map<string, string> {
  const scan = scannedBody(body);
  const pieces = new Map<string, { block: number; end: number; words: string }>();
  for (const mark of scan.marks) {
    const text = scan.blocks[mark.at.block]?.text.slice(mark.at.offset, mark.at.offset + mark.at.length) ?? '';
    for (const id of mark.ids) {
      const before = pieces.get(id);
      const end = mark.at.offset + mark.at.length;
      if (before === undefined) pieces.set(id, { block: mark.at.block, end, words: text });
      else {
        const touching = before.block === mark.at.block && before.end === mark.at.offset;
        pieces.set(id, { block: mark.at.block, end, words: `${before.words}${touching ? '' : ' '}${text}` });
      }
    }
  }
  return new Map([...pieces].map(([id, piece]) => [id, piece.words]));
}

/** Two quotes are the same words when they differ only in spacing. */
export const sameWords = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
