import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { useGalley, type TestClient, type TestGalley } from '../support/galley';
import { bodyOf, bodyOfParagraphs, markNode, paragraphOf } from '../support/bodies';
import type { WorkflowStatus } from '../../shared/domain/workflow';
import type { ArticleBody } from '../../shared/content/body';
import { findingKey } from '../../shared/checks/finding';

const newGalley = useGalley();

const META = { headline: 'Harbour bridge approved', bylines: ['Wren Writer'], section: 'City' };

interface Newsroom {
  g: TestGalley;
  writer: TestClient;
  editor: TestClient;
  desk: TestClient;
}

function newsroom(): Newsroom {
  const g = newGalley();
  return { g, writer: g, editor: g.as('ed', 'editor', 'Ed Editor'), desk: g.as('dee', 'desk_chief', 'Dee Desk') };
}

async function done(client: TestClient, input: Parameters<TestClient['call']>[1] & object): Promise<WorkflowStatus> {
  const result = await client.call('workflow.transition', input as never);
  if (result.outcome !== 'done') throw new Error(`refused: ${JSON.stringify(result)}`);
  return result.status;
}

const TEXT = ['The council voted 7 to 2 on Tuesday. ', 'The bridge will cost 40 million.', ' Work starts in May.'];

/** The body with marks around the first and second sentence (ids as given), or none. */
function marked(first: string[] | null, second: string[] | null): ArticleBody {
  return bodyOf(
    paragraphOf(first ? markNode(first, TEXT[0]!) : TEXT[0]!, second ? markNode(second, TEXT[1]!) : TEXT[1]!, TEXT[2]!),
  );
}

/** A submitted article by the writer (plain text, no marks yet). */
async function submitted(n: Newsroom): Promise<{ id: string; version: number }> {
  const a = await n.writer.call('articles.create', { meta: META });
  const saved = await n.writer.call('articles.save', { id: a.id, baseVersion: 0, body: marked(null, null) });
  await done(n.writer, { articleId: a.id, action: 'submit' });
  return { id: a.id, version: saved.version };
}

describe('comments', () => {
  it('keeps threads with replies, resolution and reopening, with who and when, and tells other windows', async () => {
    const n = newsroom();
    const { id, version } = await submitted(n);
    const commentId = randomUUID();
    await n.editor.call('review.annotate', { id, baseVersion: version, body: marked([`comment:${commentId}`], null) });
    const thread = await n.editor.call('review.addComment', { articleId: id, id: commentId, quote: TEXT[0]!, text: 'Which meeting?' });
    expect(thread).toMatchObject({ author: { name: 'Ed Editor' }, text: 'Which meeting?', blocking: false, resolved: null, detached: false, replies: [] });
    expect(n.g.events).toContainEqual({ type: 'review.changed', articleId: id });

    await n.writer.call('review.reply', { commentId, text: 'The regular Tuesday session.' });
    const resolved = await n.writer.call('review.resolve', { commentId, resolved: true });
    expect(resolved.replies).toMatchObject([{ author: { name: 'Wren Writer' }, text: 'The regular Tuesday session.' }]);
    expect(resolved.resolved).toMatchObject({ by: { name: 'Wren Writer' }, at: expect.any(String) });
    const reopened = await n.editor.call('review.resolve', { commentId, resolved: false });
    expect(reopened.resolved).toBeNull();
    expect((await n.desk.call('review.get', { articleId: id })).comments.map((c) => c.id)).toEqual([commentId]);
  });

  it('lets only editors and desk chiefs mark a comment blocking, and nobody but the writer and reviewers comment', async () => {
    const n = newsroom();
    const { id } = await submitted(n);
    const commentId = randomUUID();
    await n.editor.call('review.addComment', { articleId: id, id: commentId, quote: TEXT[1]!, text: 'Source for the cost?' });
    expect(await n.writer.raw('review.setBlocking', { commentId, blocking: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await n.writer.raw('review.addComment', { articleId: id, id: randomUUID(), quote: 'x', text: 'y', blocking: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only an editor or a desk chief can do that.' },
    });
    const other = n.g.as('otto', 'writer', 'Otto Other');
    expect(await other.raw('review.reply', { commentId, text: 'Me too' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await n.g.admin.raw('review.get', { articleId: id })).toMatchObject({ ok: true });
    expect(await n.g.admin.raw('review.reply', { commentId, text: 'hi' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await n.desk.call('review.setBlocking', { commentId, blocking: true })).blocking).toBe(true);
    expect((await n.editor.call('review.get', { articleId: id })).comments[0]!.replies).toEqual([]);
  });
});

describe('the annotation-only save', () => {
  it('accepts marks from an editor who does not hold the article, and refuses a change of text', async () => {
    const n = newsroom();
    const { id, version } = await submitted(n);
    const claimId = randomUUID();
    const saved = await n.editor.call('review.annotate', { id, baseVersion: version, body: marked(null, [`claim:${claimId}`]) });
    expect(saved.version).toBe(version + 1);
    expect((await n.editor.call('workflow.status', { articleId: id })).state).toBe('submitted');
    const article = await n.writer.call('articles.get', { id });
    expect(JSON.stringify(article.body)).toContain(`claim:${claimId}`);

    const changed = bodyOfParagraphs('The council voted 9 to 0 on Tuesday.');
    expect(await n.editor.raw('review.annotate', { id, baseVersion: saved.version, body: changed })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('take it into edit first') },
    });
    // The ordinary save is still the holder's only.
    expect(await n.editor.raw('articles.save', { id, baseVersion: saved.version, body: marked(null, null) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // A stale copy is a conflict, as for any save.
    expect(await n.editor.raw('review.annotate', { id, baseVersion: version, body: marked(null, null) })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await n.writer.call('articles.get', { id })).version).toBe(saved.version);
  });

  it('refuses annotation of a draft by anyone but its writer', async () => {
    const n = newsroom();
    const a = await n.writer.call('articles.create', { meta: META });
    const v = await n.writer.call('articles.save', { id: a.id, baseVersion: 0, body: marked(null, null) });
    expect(await n.editor.raw('review.annotate', { id: a.id, baseVersion: v.version, body: marked([`comment:${randomUUID()}`], null) })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await n.writer.raw('review.annotate', { id: a.id, baseVersion: v.version, body: marked([`comment:${randomUUID()}`], null) })).toMatchObject({ ok: true });
  });
});

describe('detached anchors', () => {
  it('keeps a comment whose words were deleted, with its quote, marked detached', async () => {
    const n = newsroom();
    const a = await n.writer.call('articles.create', { meta: META });
    const commentId = randomUUID();
    const v1 = await n.writer.call('articles.save', { id: a.id, baseVersion: 0, body: marked([`comment:${commentId}`], null) });
    await n.writer.call('review.addComment', { articleId: a.id, id: commentId, quote: TEXT[0]!, text: 'Check the vote count.' });
    expect((await n.writer.call('review.get', { articleId: a.id })).comments[0]!.detached).toBe(false);
    await n.writer.call('articles.save', { id: a.id, baseVersion: v1.version, body: bodyOfParagraphs('Work starts in May.') });
    const [comment] = (await n.writer.call('review.get', { articleId: a.id })).comments;
    expect(comment).toMatchObject({ id: commentId, detached: true, quote: TEXT[0], text: 'Check the vote count.' });
  });
});

describe('claims', () => {
  it('records verdicts with notes, who and when, keeps the history, and links sources', async () => {
    const n = newsroom();
    const { id, version } = await submitted(n);
    const claimId = randomUUID();
    await n.editor.call('review.annotate', { id, baseVersion: version, body: marked(null, [`claim:${claimId}`]) });
    const claim = await n.editor.call('review.addClaim', { articleId: id, id: claimId, quote: TEXT[1]! });
    expect(claim).toMatchObject({ status: 'unchecked', checked: null, history: [], sourceIds: [], detached: false });
    expect(await n.writer.raw('review.recordVerdict', { claimId, status: 'verified', note: '' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await n.writer.raw('review.addClaim', { articleId: id, id: randomUUID(), quote: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await n.editor.raw('review.recordVerdict', { claimId, status: 'false', note: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'Say why the claim is false: a note is required for that verdict.' },
    });
    await n.editor.call('review.recordVerdict', { claimId, status: 'disputed', note: 'The ministry says 38 million.' });
    const verified = await n.desk.call('review.recordVerdict', { claimId, status: 'verified', note: 'Budget line 4.2' });
    expect(verified).toMatchObject({ status: 'verified', note: 'Budget line 4.2', checked: { by: { name: 'Dee Desk' } } });
    expect(verified.history.map((h) => [h.status, h.by.name])).toEqual([
      ['disputed', 'Ed Editor'],
      ['verified', 'Dee Desk'],
    ]);

    const budget = await n.editor.call('sources.create', { fields: { kind: 'document', title: 'City budget 2026', url: 'https://city.example/budget' } });
    const linked = await n.editor.call('review.setClaimSources', { claimId, sourceIds: [budget.id] });
    expect(linked.sourceIds).toEqual([budget.id]);
    expect(await n.editor.raw('review.setClaimSources', { claimId, sourceIds: [randomUUID()] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await n.editor.call('review.get', { articleId: id })).claims[0]!.sourceIds).toEqual([budget.id]);
  });
});

describe('findings and the approval gate', () => {
  it('blocks approval on an open blocking comment and on an unchecked or false claim, and approves once they are gone', async () => {
    const n = newsroom();
    const { id, version } = await submitted(n);
    const commentId = randomUUID();
    const claimId = randomUUID();
    await n.editor.call('review.annotate', { id, baseVersion: version, body: marked([`comment:${commentId}`], [`claim:${claimId}`]) });
    await n.editor.call('review.addComment', { articleId: id, id: commentId, quote: TEXT[0]!, text: 'Confirm the vote.', blocking: true });
    await n.editor.call('review.addClaim', { articleId: id, id: claimId, quote: TEXT[1]! });
    await done(n.editor, { articleId: id, action: 'take' });
    await done(n.editor, { articleId: id, action: 'pass' });

    const codes = async () => (await n.desk.call('checks.run', { articleId: id })).findings.map((f) => f.code);
    expect(await codes()).toEqual(expect.arrayContaining(['COMMENT_UNRESOLVED_BLOCKING', 'CLAIM_UNCHECKED']));
    const { findings } = await n.desk.call('checks.run', { articleId: id });
    expect(findings.find((f) => f.code === 'CLAIM_UNCHECKED')).toMatchObject({
      severity: 'block',
      location: { kind: 'mark', markId: `claim:${claimId}`, block: 0, offset: TEXT[0]!.length, length: TEXT[1]!.length },
    });

    await n.editor.call('review.recordVerdict', { claimId, status: 'false', note: 'The budget says 38 million.' });
    let refused = await n.desk.call('workflow.transition', { articleId: id, action: 'approve' });
    expect(refused).toMatchObject({ outcome: 'refused' });
    expect(refused.outcome === 'refused' ? refused.blocking.map((f) => f.code).sort() : []).toEqual(['CLAIM_FALSE', 'COMMENT_UNRESOLVED_BLOCKING']);

    await n.writer.call('review.resolve', { commentId, resolved: true });
    refused = await n.desk.call('workflow.transition', { articleId: id, action: 'approve' });
    expect(refused.outcome === 'refused' ? refused.blocking.map((f) => f.code) : []).toEqual(['CLAIM_FALSE']);

    await n.editor.call('review.recordVerdict', { claimId, status: 'unverifiable', note: 'No public figure yet.' });
    refused = await n.desk.call('workflow.transition', { articleId: id, action: 'approve' });
    expect(refused).toMatchObject({ outcome: 'refused', blocking: [], unacknowledged: expect.arrayContaining([expect.objectContaining({ code: 'CLAIM_UNVERIFIABLE' })]) });
    const warnings = refused.outcome === 'refused' ? refused.unacknowledged.map(findingKey) : [];
    expect(warnings).toContain(`CLAIM_UNVERIFIABLE@mark:claim:${claimId}`);
    const approved = await n.desk.call('workflow.transition', { articleId: id, action: 'approve', acknowledgements: warnings });
    expect(approved.outcome).toBe('done');
  });

  it('forgets a claim whose words were deleted (no finding), but never an open blocking comment', async () => {
    const n = newsroom();
    const a = await n.writer.call('articles.create', { meta: META });
    const commentId = randomUUID();
    const claimId = randomUUID();
    await n.writer.call('articles.save', { id: a.id, baseVersion: 0, body: marked([`comment:${commentId}`], [`claim:${claimId}`]) });
    await done(n.writer, { articleId: a.id, action: 'submit' });
    await n.editor.call('review.addComment', { articleId: a.id, id: commentId, quote: TEXT[0]!, text: 'Confirm.', blocking: true });
    await n.editor.call('review.addClaim', { articleId: a.id, id: claimId, quote: TEXT[1]! });
    await done(n.editor, { articleId: a.id, action: 'take' });
    const current = await n.editor.call('articles.get', { id: a.id });
    await n.editor.call('articles.save', { id: a.id, baseVersion: current.version, body: bodyOfParagraphs('Work starts in May.') });
    const { findings } = await n.desk.call('checks.run', { articleId: a.id });
    expect(findings.filter((f) => f.code.startsWith('CLAIM_') || f.code.startsWith('COMMENT_'))).toMatchObject([
      { code: 'COMMENT_UNRESOLVED_BLOCKING', location: { kind: 'article' } },
    ]);
  });
});
