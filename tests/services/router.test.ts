import { describe, expect, it, vi } from 'vitest';
import { useGalley } from '../support/galley';
import { bodyOfParagraphs } from '../support/bodies';

const newGalley = useGalley();

const countRows = (g: ReturnType<typeof newGalley>, table: string) =>
  (g.galley.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('router', () => {
  it('refuses an unknown channel with a typed error', async () => {
    const g = newGalley();
    expect(await g.raw('articles.drop', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: expect.stringContaining('articles.drop') },
    });
  });

  it('refuses every channel without a session', async () => {
    const g = newGalley();
    const result = await g.galley.dispatch('articles.list', {}, null);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it.each([
    ['a wrong type', 'articles.get', { id: 42 }],
    ['a missing field', 'articles.save', { baseVersion: 0 }],
    ['an extra field', 'articles.get', { id: '6f1c8a52-3b7e-4a39-9d6c-2f1f0e8b4a11', sql: 'DROP TABLE articles' }],
    ['not an object', 'articles.list', 'everything'],
    ['a negative limit', 'articles.list', { limit: -1 }],
    ['a slug with spaces', 'articles.create', { meta: { slug: 'Not A Slug' } }],
  ])('refuses %s with BAD_INPUT and changes nothing', async (_what, channel, input) => {
    const g = newGalley();
    const result = await g.raw(channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/Invalid input/) } });
    expect(countRows(g, 'articles')).toBe(0);
  });

  it('answers NOT_FOUND for an article that does not exist', async () => {
    const g = newGalley();
    const result = await g.raw('articles.get', { id: '6f1c8a52-3b7e-4a39-9d6c-2f1f0e8b4a11' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('articles', () => {
  it('creates, saves and reloads an article exactly', async () => {
    const g = newGalley();
    const created = await g.call('articles.create', { meta: { headline: 'Council approves budget' } });
    expect(created).toMatchObject({ state: 'draft', version: 0, meta: { headline: 'Council approves budget', language: 'en' } });
    const meta = { ...created.meta, dek: 'A vote of 7 to 2', bylines: ['Ana Ruiz'], section: 'City', tags: ['budget', 'council'] };
    const body = bodyOfParagraphs('The council voted on Tuesday.', 'Opponents called it rushed.');
    const saved = await g.call('articles.save', { id: created.id, baseVersion: 0, meta, body });
    expect(saved).toMatchObject({ version: 1, wordCount: 9 });
    const loaded = await g.call('articles.get', { id: created.id });
    expect(loaded.meta).toEqual(meta);
    expect(loaded.body).toEqual(body);
    expect(g.events).toContainEqual(expect.objectContaining({ type: 'article.saved', articleId: created.id, version: 1 }));
  });

  it('keeps the article after the data directory is closed and opened again', async () => {
    const first = newGalley();
    const a = await first.call('articles.create', {});
    await first.call('articles.save', { id: a.id, baseVersion: 0, body: bodyOfParagraphs('Still here after a restart.') });
    first.galley.close();
    const again = newGalley(first.dataDir);
    expect((await again.call('articles.get', { id: a.id })).body).toEqual(bodyOfParagraphs('Still here after a restart.'));
  });

  it('refuses a stale save with CONFLICT and keeps the newer text', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', {});
    await g.call('articles.save', { id: a.id, baseVersion: 0, body: bodyOfParagraphs('Newer text') });
    const stale = await g.raw('articles.save', { id: a.id, baseVersion: 0, body: bodyOfParagraphs('Older text') });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await g.call('articles.get', { id: a.id })).body).toEqual(bodyOfParagraphs('Newer text'));
  });

  it('refuses a body Lexical cannot load and keeps the last good copy', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', {});
    await g.call('articles.save', { id: a.id, baseVersion: 0, body: bodyOfParagraphs('Good copy') });
    const bad = bodyOfParagraphs('x');
    bad.editorState.root.children = [{ type: 'script-node', version: 1, children: [] }];
    const result = await g.raw('articles.save', { id: a.id, baseVersion: 1, body: bad });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_CONTENT', message: expect.stringContaining('last saved copy is unchanged') } });
    const kept = await g.call('articles.get', { id: a.id });
    expect(kept.body).toEqual(bodyOfParagraphs('Good copy'));
    expect(kept.version).toBe(1);
  });

  it('refuses a body that is not a Galley document at all', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', {});
    const result = await g.raw('articles.save', { id: a.id, baseVersion: 0, body: { root: 'nope' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});

describe('search', () => {
  it('finds articles by headline, dek and body words, newest change first, in pages', async () => {
    const g = newGalley();
    const make = async (headline: string, dek: string, text: string) => {
      const a = await g.call('articles.create', { meta: { headline, dek } });
      await g.call('articles.save', { id: a.id, baseVersion: 0, body: bodyOfParagraphs(text) });
      return a.id;
    };
    const budget = await make('Budget passes', 'City council', 'The mayor signed it.');
    const flood = await make('River floods', 'Evacuations ordered', 'The council met overnight about the budget reserve.');
    const sport = await make('Cup final', 'Home side wins', 'A late goal.');

    const byBody = await g.call('articles.list', { query: 'budget' });
    expect(byBody.items.map((i) => i.id)).toEqual([flood, budget]);
    expect(byBody.total).toBe(2);
    expect((await g.call('articles.list', { query: 'evacuations' })).items.map((i) => i.id)).toEqual([flood]);
    expect((await g.call('articles.list', { query: 'goa' })).items.map((i) => i.id)).toEqual([sport]);
    expect((await g.call('articles.list', { query: 'volcano' })).total).toBe(0);
    // Operators and quotes are text, not FTS syntax.
    expect((await g.call('articles.list', { query: 'budget" OR "cup' })).total).toBe(0);
    const page = await g.call('articles.list', { query: '', limit: 2, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.id)).toEqual([flood, budget]);
  });

  it('pages newest-first the same way whether a query matches a few articles or thousands', async () => {
    // Over 1,000 matches the repository switches to walking the newest-first index.
    const g = newGalley();
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const created: string[] = [];
    for (let i = 0; i < 1_200; i += 1) {
      clock += 1000;
      vi.setSystemTime(clock);
      const common = `Harbour report number ${i}`;
      const a = g.galley.services.articles.create(g.galley.localSession(), { headline: common, dek: i % 400 === 0 ? 'rare gannet sighting' : '' });
      created.push(a.id);
    }
    vi.useRealTimers();
    const newestFirst = [...created].reverse();

    const many = await g.call('articles.list', { query: 'harbour', offset: 0, limit: 50 });
    expect(many.total).toBe(1_200);
    expect(many.items.map((i) => i.id)).toEqual(newestFirst.slice(0, 50));
    expect(many.items[0]!.snippet, 'the match is in the headline, not the body').toBeUndefined();
    const deeper = await g.call('articles.list', { query: 'harb', offset: 1_150, limit: 100 });
    expect(deeper.items.map((i) => i.id)).toEqual(newestFirst.slice(1_150));

    const few = await g.call('articles.list', { query: 'gannet', offset: 0, limit: 50 });
    expect(few.total).toBe(3);
    expect(few.items.map((i) => i.id)).toEqual(newestFirst.filter((id) => [0, 400, 800].map((n) => created[n]).includes(id)));
    expect((await g.call('articles.list', { query: 'harbour', offset: 5_000 })).items).toEqual([]);
  });

  it('shows a snippet of the body around the match', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', { meta: { headline: 'Storm' } });
    await g.call('articles.save', { id: a.id, baseVersion: 0, body: bodyOfParagraphs('Winds reached 140 km/h before the ferry service was suspended for the night.') });
    const found = await g.call('articles.list', { query: 'ferry' });
    expect(found.items[0]!.snippet).toBe('…reached 140 km/h before the ferry service was suspended for the night');
  });

  it('re-indexes on every save so old words stop matching', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', {});
    await g.call('articles.save', { id: a.id, baseVersion: 0, body: bodyOfParagraphs('zeppelin') });
    await g.call('articles.save', { id: a.id, baseVersion: 1, body: bodyOfParagraphs('airship') });
    expect((await g.call('articles.list', { query: 'zeppelin' })).total).toBe(0);
    expect((await g.call('articles.list', { query: 'airship' })).total).toBe(1);
  });
});

describe('revisions', () => {
  it('saves named versions and restores one without losing the current text', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', { meta: { headline: 'First headline' } });
    await g.call('articles.save', { id: a.id, baseVersion: 0, body: bodyOfParagraphs('Draft one') });
    const v1 = await g.call('revisions.create', { articleId: a.id, name: 'Sent to desk' });
    expect(v1).toMatchObject({ number: 1, name: 'Sent to desk', reason: 'manual', wordCount: 2 });
    await g.call('articles.save', {
      id: a.id,
      baseVersion: 1,
      meta: { ...a.meta, headline: 'Second headline' },
      body: bodyOfParagraphs('Draft two, much longer'),
    });

    const restored = await g.call('revisions.restore', { articleId: a.id, revisionId: v1.id });
    expect(restored.meta.headline).toBe('First headline');
    expect(restored.body).toEqual(bodyOfParagraphs('Draft one'));

    const list = await g.call('revisions.list', { articleId: a.id });
    expect(list.map((r) => [r.number, r.reason])).toEqual([
      [2, 'before-restore'],
      [1, 'manual'],
    ]);
    const saved = await g.call('revisions.get', { id: list[0]!.id });
    expect(saved.body).toEqual(bodyOfParagraphs('Draft two, much longer'));
    expect(saved.meta.headline).toBe('Second headline');
  });

  it('gives equal content an equal hash and different content a different one', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', {});
    const r1 = await g.call('revisions.create', { articleId: a.id, name: 'one' });
    const r2 = await g.call('revisions.create', { articleId: a.id, name: 'two' });
    await g.call('articles.save', { id: a.id, baseVersion: 0, body: bodyOfParagraphs('changed') });
    const r3 = await g.call('revisions.create', { articleId: a.id, name: 'three' });
    expect(r1.contentHash).toBe(r2.contentHash);
    expect(r3.contentHash).not.toBe(r1.contentHash);
  });

  it('refuses to restore a revision of another article', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', {});
    const b = await g.call('articles.create', {});
    const rb = await g.call('revisions.create', { articleId: b.id, name: 'b' });
    expect(await g.raw('revisions.restore', { articleId: a.id, revisionId: rb.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
