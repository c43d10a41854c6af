import { describe, expect, it } from 'vitest';
import { useGalley } from '../support/galley';
import { bodyOfParagraphs } from '../support/bodies';
import { DEFAULT_STYLE_RULES } from '../../shared/style/default-rules';

const open = useGalley();

describe('house style rules', () => {
  it('start as Galley’s defaults, which everyone may read', async () => {
    const g = open();
    const stored = await g.call('style.rules.get', {});
    expect(stored).toMatchObject({ isDefault: true, updatedBy: null });
    expect(stored.rules).toEqual(DEFAULT_STYLE_RULES);
  });

  it('are changed by an admin only; a refused change leaves them as they were', async () => {
    const g = open();
    const rules = { ...DEFAULT_STYLE_RULES, bannedWords: [{ word: 'stakeholder', reason: 'Say who.' }] };
    const refused = await g.raw('style.rules.set', { rules });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Only an admin changes the house style.' } });
    const desk = g.as('dora', 'desk_chief');
    expect(await desk.raw('style.rules.set', { rules })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await g.call('style.rules.get', {})).isDefault).toBe(true);

    const saved = await g.admin.call('style.rules.set', { rules });
    expect(saved).toMatchObject({ isDefault: false, updatedBy: g.admin.session.userId });
    expect((await g.call('style.rules.get', {})).rules.bannedWords).toEqual([{ word: 'stakeholder', reason: 'Say who.' }]);
  });

  it('are what the Checks panel and the approval gate check against', async () => {
    const g = open();
    const article = await g.call('articles.create', { meta: { headline: 'Talks', bylines: ['Wren'], section: 'World' } });
    await g.call('articles.save', { id: article.id, baseVersion: 0, body: bodyOfParagraphs('Every stakeholder met in Kiev.') });
    const codes = async () => (await g.call('checks.run', { articleId: article.id })).findings.filter((f) => f.code.startsWith('STYLE_')).map((f) => f.message);
    expect(await codes()).toEqual(['House style is “Kyiv”, not “Kiev”. The Ukrainian transliteration, used since 2019.']);
    await g.admin.call('style.rules.set', { rules: { ...DEFAULT_STYLE_RULES, preferredForms: [], bannedWords: [{ word: 'stakeholder', reason: 'Say who.' }] } });
    expect(await codes()).toEqual(['Avoid “stakeholder”: Say who.']);
  });
});

describe('changes since I last looked', () => {
  it('shows the desk chief what the writer changed after their last look, then nothing once marked as seen', async () => {
    const g = open();
    const desk = g.as('dora', 'desk_chief');
    const article = await g.call('articles.create', { meta: { headline: 'Port reopens' } });
    const first = await g.call('articles.save', { id: article.id, baseVersion: 0, body: bodyOfParagraphs('The cranes stopped at noon.') });

    expect(await desk.call('changes.since', { articleId: article.id })).toEqual({ base: null, currentVersion: first.version, diff: null });
    const look = await desk.call('changes.markSeen', { articleId: article.id });
    expect(look.version).toBe(first.version);

    await g.call('articles.save', {
      id: article.id,
      baseVersion: first.version,
      meta: { ...article.meta, headline: 'Port reopens at dawn' },
      body: bodyOfParagraphs('The cranes stopped at dawn.', 'Ships waited.'),
    });
    const changes = await desk.call('changes.since', { articleId: article.id });
    expect(changes.base).toEqual({ kind: 'look', at: look.seenAt, by: null });
    expect(changes.diff?.changed).toBe(true);
    expect(changes.diff?.meta.map((f) => f.label)).toEqual(['Headline']);
    expect(changes.diff?.body.map((b) => b.status)).toEqual(['changed', 'added']);
    expect(changes.diff?.body[0]!.pieces.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'noon' },
      { kind: 'added', text: 'dawn' },
    ]);

    // The writer's own look is separate from the desk chief's.
    expect((await g.call('changes.since', { articleId: article.id })).base).toBeNull();

    await desk.call('changes.markSeen', { articleId: article.id });
    expect((await desk.call('changes.since', { articleId: article.id })).diff?.changed).toBe(false);
  });

  it('answers NOT_FOUND for an article that does not exist', async () => {
    const g = open();
    const result = await g.raw('changes.markSeen', { articleId: '00000000-0000-4000-8000-000000000000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('comparing two revisions', () => {
  it('diffs two versions of one article and refuses versions of two articles', async () => {
    const g = open();
    const article = await g.call('articles.create', { meta: { headline: 'Port' } });
    const saved = await g.call('articles.save', { id: article.id, baseVersion: 0, body: bodyOfParagraphs('Cranes stopped.') });
    const one = await g.call('revisions.create', { articleId: article.id, name: 'First' });
    await g.call('articles.save', { id: article.id, baseVersion: saved.version, body: bodyOfParagraphs('Cranes stopped today.') });
    const two = await g.call('revisions.create', { articleId: article.id, name: 'Second' });
    const diff = await g.call('changes.compareRevisions', { fromId: one.id, toId: two.id });
    expect(diff.body[0]!.pieces.filter((p) => p.kind === 'added').map((p) => p.text).join('')).toBe(' today');

    const other = await g.call('articles.create', {});
    const elsewhere = await g.call('revisions.create', { articleId: other.id, name: 'Other' });
    expect(await g.raw('changes.compareRevisions', { fromId: one.id, toId: elsewhere.id })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
