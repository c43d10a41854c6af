import { describe, expect, it } from 'vitest';
import { useGalley } from '../../support/galley';
import { heldRepository } from '../../../electron/newsroom/replica/held-repository';
import { articleDocumentName } from '../../../shared/contract/hub';
import { LEDE, richBody, richMeta } from '../../unit/collab/fixtures';

const newGalley = useGalley();
const SHARED = '0b7c3f8e-6a43-4d0e-9f57-3c1f2f7a9a10';
const T = '2026-03-01T10:00:00.000Z';

/** Edits the hub refused on the shared article, as the replica holds them apart (./refused-edits.test.ts). */
function held(g: ReturnType<typeof newGalley>, headline: string): number {
  return heldRepository(g.galley.db).add({
    document: articleDocumentName(SHARED),
    body: richBody(),
    meta: { ...richMeta(), headline },
    changes: 3,
    reason: 'the article is approved now and the hub does not let you change it',
    at: T,
  });
}

describe('edits the hub refused: keep as a new draft, or discard', () => {
  it('lists them on their article, keeps one as a new draft by the caller with the person’s text, and discards another', async () => {
    const g = newGalley();
    const kept = held(g, 'Quay closes (my version)');
    const dropped = held(g, 'Quay closes (second try)');
    expect(await g.call('newsroom.held.list', { articleId: SHARED })).toEqual([
      { id: kept, changes: 3, reason: expect.stringContaining('approved'), at: T, headline: 'Quay closes (my version)' },
      { id: dropped, changes: 3, reason: expect.stringContaining('approved'), at: T, headline: 'Quay closes (second try)' },
    ]);

    const { articleId } = await g.call('newsroom.held.keepAsDraft', { articleId: SHARED, id: kept });
    const draft = await g.call('articles.get', { id: articleId });
    expect(draft).toMatchObject({ state: 'draft', meta: { headline: 'Quay closes (my version)' } });
    expect(JSON.stringify(draft.body)).toContain(LEDE);
    expect((await g.call('workflow.status', { articleId })).author.id).toBe(g.session.userId);

    await g.call('newsroom.held.discard', { articleId: SHARED, id: dropped });
    expect(await g.call('newsroom.held.list', { articleId: SHARED })).toEqual([]);
    expect(g.events.filter((e) => e.type === 'newsroom.heldChanged')).toHaveLength(2);
    // Gone is gone: a second click says so instead of making a second draft.
    expect(await g.raw('newsroom.held.keepAsDraft', { articleId: SHARED, id: kept })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses held edits asked for through another article, and an admin (who writes no copy) keeping them as a draft', async () => {
    const g = newGalley();
    const id = held(g, 'Mine');
    const other = '5d1f0b0e-2f6b-4a39-8c0e-0a4a9b1f2c33';
    expect(await g.raw('newsroom.held.discard', { articleId: other, id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await g.admin.raw('newsroom.held.keepAsDraft', { articleId: SHARED, id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Nothing lost by a refusal.
    expect(await g.call('newsroom.held.list', { articleId: SHARED })).toHaveLength(1);
  });
});
