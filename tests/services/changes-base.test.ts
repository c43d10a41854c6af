import { describe, expect, it } from 'vitest';
import { useGalley, type TestClient } from '../support/galley';
import { bodyOfParagraphs } from '../support/bodies';
import { approvedArticle, newsroom, step } from '../support/publishing';

/*
 * What the Changes panel compares against. Opening an article makes the person's previous
 * look the base for as long as it stays open (so the panel can refresh against it from
 * events); a first look compares with what they last approved, else with the writer's
 * latest submission, else says there is nothing to compare with.
 */

const newGalley = useGalley();

const added = (changes: { diff: { body: Array<{ pieces: Array<{ kind: string; text: string }> }> } | null }) =>
  changes.diff?.body.flatMap((block) => block.pieces.filter((piece) => piece.kind === 'added').map((piece) => piece.text)).join('|');

async function edit(client: TestClient, id: string, ...paragraphs: string[]) {
  const current = await client.call('articles.get', { id });
  await client.call('articles.save', { id, baseVersion: current.version, body: bodyOfParagraphs(...paragraphs) });
}

describe('the Changes panel’s base', () => {
  it('on a first look, compares with the writer’s latest submission, named', async () => {
    const n = newsroom(newGalley());
    const a = await n.writer.call('articles.create', { meta: { headline: 'Port reopens' } });
    await edit(n.writer, a.id, 'The cranes stopped at noon.');
    expect(await n.editor.call('changes.since', { articleId: a.id })).toMatchObject({ base: null, diff: null });
    await step(n.writer, { articleId: a.id, action: 'submit' });
    await step(n.editor, { articleId: a.id, action: 'take' });
    await edit(n.editor, a.id, 'The cranes stopped at dawn.');

    await n.desk.call('changes.markSeen', { articleId: a.id, opening: true });
    const changes = await n.desk.call('changes.since', { articleId: a.id });
    expect(changes.base).toMatchObject({ kind: 'submission', by: { name: 'Wren Writer' } });
    expect(added(changes)).toBe('dawn');
  });

  it('on a first look after approving an earlier version, compares with what this person approved', async () => {
    const n = newsroom(newGalley());
    const id = await approvedArticle(n, bodyOfParagraphs('The council voted on Tuesday.'));
    await step(n.editor, { articleId: id, action: 'reopen' });
    await edit(n.editor, id, 'The council voted 7 to 2 on Tuesday.');
    const changes = await n.desk.call('changes.since', { articleId: id });
    expect(changes.base).toMatchObject({ kind: 'approval', by: { name: 'Dee Desk' } });
    expect(added(changes)).toBe('7 to 2 ');
  });

  it('on a first look at a draft never submitted, follows what changes after the person opened it', async () => {
    const n = newsroom(newGalley());
    const a = await n.writer.call('articles.create', { meta: { headline: 'Port reopens' } });
    await edit(n.writer, a.id, 'One.');
    const opened = await n.desk.call('changes.markSeen', { articleId: a.id, opening: true });
    expect(await n.desk.call('changes.since', { articleId: a.id })).toMatchObject({ base: { kind: 'opening', at: opened.seenAt }, diff: { changed: false } });
    await edit(n.writer, a.id, 'One.', 'Two.');
    expect(added(await n.desk.call('changes.since', { articleId: a.id }))).toBe('Two.');
  });

  it('keeps the look before this opening as the base while the article stays open, so refreshing shows every change since', async () => {
    const n = newsroom(newGalley());
    const a = await n.writer.call('articles.create', { meta: { headline: 'Port reopens' } });
    await edit(n.writer, a.id, 'One.');
    await n.desk.call('changes.markSeen', { articleId: a.id, opening: true });
    await edit(n.writer, a.id, 'One.', 'Two.');

    // The desk chief opens it again: the look of the first opening is the base, and stays so.
    const second = await n.desk.call('changes.markSeen', { articleId: a.id, opening: true });
    const first = await n.desk.call('changes.since', { articleId: a.id });
    expect(first.base?.kind).toBe('look');
    expect(first.base?.at).not.toBe(second.seenAt);
    expect(added(first)).toBe('Two.');
    await edit(n.writer, a.id, 'One.', 'Two.', 'Three.');
    const refreshed = await n.desk.call('changes.since', { articleId: a.id });
    expect(refreshed.base).toEqual(first.base);
    expect(added(refreshed)).toBe('Two.|Three.');

    // "Mark as seen" makes now the base.
    await n.desk.call('changes.markSeen', { articleId: a.id });
    expect((await n.desk.call('changes.since', { articleId: a.id })).diff?.changed).toBe(false);
  });
});
