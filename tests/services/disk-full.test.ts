import { describe, expect, it } from 'vitest';
import { useGalley } from '../support/galley';
import { bodyOfParagraphs } from '../support/bodies';

const newGalley = useGalley();

describe('a full disk', () => {
  it('answers DISK_FULL, says nothing saved was lost, and keeps the last saved copy', async () => {
    const g = newGalley();
    const created = await g.call('articles.create', { meta: { headline: 'Before the disk filled' } });
    const first = await g.call('articles.save', { id: created.id, baseVersion: created.version, body: bodyOfParagraphs('Saved before.') });
    // SQLite's own "database or disk is full": the file may not grow by a single page more.
    const { page_count: pages } = g.galley.db.prepare('PRAGMA page_count').get() as { page_count: number };
    g.galley.db.pragma(`max_page_count = ${pages}`);
    const answer = await g.raw('articles.save', {
      id: created.id,
      baseVersion: first.version,
      body: bodyOfParagraphs(...Array.from({ length: 200 }, (_, i) => `Paragraph ${i} `.repeat(40))),
    });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'DISK_FULL', message: expect.stringMatching(/disk is full.*nothing already saved was lost/i) },
    });
    g.galley.db.pragma('max_page_count = 1073741823');
    const kept = await g.call('articles.get', { id: created.id });
    expect(kept.version).toBe(first.version);
    expect(kept.body).toEqual(bodyOfParagraphs('Saved before.'));
  });
});
