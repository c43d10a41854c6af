import type { Db } from '../db/connection';
import type { ArticleBody } from '../../shared/content/body';
import { scannedBody } from '../../shared/content/scan';

export type BodyIndex = ReturnType<typeof bodyIndex>;

/**
 * The citation and footnote index of each working copy (migration 006). `write` runs inside
 * the transaction that writes the body, so the index never describes another version of
 * the text; it replaces the article's rows wholesale, which for a long article (hundreds
 * of citations) costs a fraction of a millisecond against the body write itself.
 */
export function bodyIndex(db: Db) {
  const clearCitations = db.prepare<[number]>('DELETE FROM citations WHERE article_seq = ?');
  const clearFootnotes = db.prepare<[number]>('DELETE FROM footnotes WHERE article_seq = ?');
  const insertCitation = db.prepare(`
    INSERT OR IGNORE INTO citations (article_seq, ordinal, source_id, via, note_id, block, char_offset, char_length,
                                     locator_kind, locator_value)
    VALUES (@seq, @ordinal, @source_id, @via, @note_id, @block, @offset, @length, @locator_kind, @locator_value)`);
  const insertFootnote = db.prepare(`
    INSERT INTO footnotes (article_seq, number, note_id, text, block, char_offset)
    VALUES (@seq, @number, @note_id, @text, @block, @offset)`);

  return {
    write(seq: number, body: ArticleBody): void {
      const scan = scannedBody(body);
      clearCitations.run(seq);
      clearFootnotes.run(seq);
      for (const citation of scan.citations) {
        for (const sourceId of citation.sourceIds) {
          insertCitation.run({
            seq,
            ordinal: citation.ordinal,
            source_id: sourceId,
            via: 'citation',
            note_id: null,
            block: citation.at.block,
            offset: citation.at.offset,
            length: citation.at.length,
            locator_kind: citation.locator?.kind ?? null,
            locator_value: citation.locator?.value ?? null,
          });
        }
      }
      for (const footnote of scan.footnotes) {
        insertFootnote.run({ seq, number: footnote.number, note_id: footnote.noteId, text: footnote.text, block: footnote.at.block, offset: footnote.at.offset });
        for (const sourceId of footnote.sourceIds) {
          insertCitation.run({
            seq,
            ordinal: footnote.number,
            source_id: sourceId,
            via: 'footnote',
            note_id: footnote.noteId,
            block: footnote.at.block,
            offset: footnote.at.offset,
            length: 0,
            locator_kind: null,
            locator_value: null,
          });
        }
      }
    },
  };
}
