import { describe, expect, it } from 'vitest';
import { useGalley, type TestClient, type TestGalley } from '../support/galley';
import { bodyOfParagraphs } from '../support/bodies';
import { contentHash } from '../../shared/node/content-hash';
import type { WorkflowStatus } from '../../shared/domain/workflow';
import type { ChannelOutput } from '../../shared/contract/channels';

const newGalley = useGalley();

const GOOD_META = { headline: 'Harbour bridge approved', bylines: ['Wren Writer'], section: 'City' };

interface Newsroom {
  g: TestGalley;
  writer: TestClient;
  editor: TestClient;
  editor2: TestClient;
  desk: TestClient;
}

function newsroom(): Newsroom {
  const g = newGalley();
  return { g, writer: g, editor: g.as('ed', 'editor', 'Ed Editor'), editor2: g.as('eve', 'editor', 'Eve Editor'), desk: g.as('dee', 'desk_chief', 'Dee Desk') };
}

async function done(client: TestClient, input: Parameters<TestClient['call']>[1] & object): Promise<WorkflowStatus> {
  const result = await client.call('workflow.transition', input as never);
  if (result.outcome !== 'done') throw new Error(`refused: ${result.message}`);
  return result.status;
}

/** An article by the writer, submitted, edited and passed to the desk. */
async function readyArticle(n: Newsroom, meta: Partial<typeof GOOD_META> = GOOD_META) {
  const a = await n.writer.call('articles.create', { meta });
  await n.writer.call('articles.save', { id: a.id, baseVersion: 0, body: bodyOfParagraphs('The council voted on Tuesday.') });
  await done(n.writer, { articleId: a.id, action: 'submit' });
  await done(n.editor, { articleId: a.id, action: 'take' });
  await done(n.editor, { articleId: a.id, action: 'pass' });
  return a.id;
}

const row = (g: TestGalley, sql: string, ...params: unknown[]) => g.galley.db.prepare(sql).get(...params) as Record<string, unknown>;

describe('approval bound to a revision', () => {
  it('records the approved revision and its content hash, and publishing takes exactly that revision', async () => {
    const n = newsroom();
    const id = await readyArticle(n);
    const status = await done(n.desk, { articleId: id, action: 'approve' });
    expect(status).toMatchObject({ state: 'approved', approval: { approvedBy: { name: 'Dee Desk' }, voided: null } });
    const article = await n.writer.call('articles.get', { id });
    const revision = await n.writer.call('revisions.get', { id: status.approval!.revisionId });
    expect(revision.name).toBe('Approved by Dee Desk');
    expect(status.approval!.contentHash).toBe(contentHash(article.meta, article.body));
    expect(revision.contentHash).toBe(status.approval!.contentHash);
    expect(row(n.g, 'SELECT approved_revision_id, approved_hash FROM articles WHERE id = ?', id)).toEqual({
      approved_revision_id: revision.id,
      approved_hash: revision.contentHash,
    });

    const published = await done(n.desk, { articleId: id, action: 'publish' });
    expect(published.state).toBe('published');
    expect(row(n.g, 'SELECT published_revision_id FROM articles WHERE id = ?', id)).toEqual({ published_revision_id: revision.id });
    expect(row(n.g, "SELECT revision_hash FROM audit_log WHERE action = 'workflow.publish'")).toEqual({ revision_hash: revision.contentHash });
  });

  it('refuses any change to an approved article, for every role, until someone reopens it', async () => {
    const n = newsroom();
    const id = await readyArticle(n);
    await done(n.desk, { articleId: id, action: 'approve' });
    const current = await n.desk.call('articles.get', { id });
    const approved = row(n.g, 'SELECT state, approved_revision_id, approved_hash, version FROM articles WHERE id = ?', id);
    for (const client of [n.writer, n.editor, n.desk, n.g.admin]) {
      for (const change of [{ body: bodyOfParagraphs('The council voted 7 to 2 on Tuesday.') }, { meta: { ...current.meta, headline: 'Bridge approved' } }]) {
        const result = await client.raw('articles.save', { id, baseVersion: current.version, ...change });
        expect(result, client.session.displayName).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      expect(await client.raw('revisions.restore', { articleId: id, revisionId: (await n.desk.call('revisions.list', { articleId: id }))[0]!.id })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(await n.editor.raw('articles.save', { id, baseVersion: current.version, body: bodyOfParagraphs('x') })).toMatchObject({
      error: { message: expect.stringContaining('Reopen for changes') },
    });
    // Nothing was written: the approval stands and publishes.
    expect(row(n.g, 'SELECT state, approved_revision_id, approved_hash, version FROM articles WHERE id = ?', id)).toEqual(approved);
    expect(n.g.galley.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'approval.voided'").get()).toEqual({ n: 0 });
  });

  it('“Reopen for changes” is for editors and desk chiefs: it voids the approval, audited, and the article is theirs to edit', async () => {
    const n = newsroom();
    for (const refused of [n.writer, n.g.admin]) {
      const id = await readyArticle(n);
      await done(n.desk, { articleId: id, action: 'approve' });
      expect(await refused.raw('workflow.transition', { articleId: id, action: 'reopen' }), refused.session.displayName).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect((await n.desk.call('workflow.status', { articleId: id })).state).toBe('approved');
    }
    for (const [client, name] of [[n.editor, 'Ed Editor'], [n.desk, 'Dee Desk']] as const) {
      const id = await readyArticle(n);
      await done(n.desk, { articleId: id, action: 'approve' });
      const reopened = await done(client, { articleId: id, action: 'reopen' });
      expect(reopened, name).toMatchObject({
        state: 'in_edit',
        holder: { name },
        approval: { voided: { by: { name }, reason: `Reopened for changes by ${name}` } },
      });
      expect(row(n.g, 'SELECT approved_revision_id, approved_hash FROM articles WHERE id = ?', id)).toEqual({ approved_revision_id: null, approved_hash: null });
      expect(row(n.g, "SELECT actor_name, from_state, to_state FROM audit_log WHERE action = 'workflow.reopen' AND article_id = ?", id)).toEqual({
        actor_name: name,
        from_state: 'approved',
        to_state: 'in_edit',
      });
      // Theirs to change now; nothing unapproved can be published.
      const current = await client.call('articles.get', { id });
      await client.call('articles.save', { id, baseVersion: current.version, body: bodyOfParagraphs('The council voted 7 to 2 on Tuesday.') });
      expect(await n.desk.raw('workflow.transition', { articleId: id, action: 'publish' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('reopening a scheduled article takes it off the schedule, and a save that changes nothing is still refused before', async () => {
    const n = newsroom();
    const id = await readyArticle(n);
    await done(n.desk, { articleId: id, action: 'approve' });
    await done(n.desk, { articleId: id, action: 'schedule', publishAt: '2099-01-01T09:00:00.000Z' });
    const same = await n.editor.call('articles.get', { id });
    expect(await n.editor.raw('articles.save', { id, baseVersion: same.version, meta: same.meta, body: same.body })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await done(n.editor, { articleId: id, action: 'reopen' })).toMatchObject({
      state: 'in_edit',
      publishAt: null,
      holder: { name: 'Ed Editor' },
      approval: { voided: { by: { name: 'Ed Editor' } } },
    });
    expect(await n.desk.raw('workflow.transition', { articleId: id, action: 'publish' })).toMatchObject({ ok: false });
  });
});

describe('the approval gate', () => {
  it('refuses approval while a blocking finding stands, lists it, and changes nothing', async () => {
    const n = newsroom();
    const id = await readyArticle(n, { ...GOOD_META, section: '' });
    const before = (await n.desk.call('revisions.list', { articleId: id })).length;
    const result = await n.desk.call('workflow.transition', { articleId: id, action: 'approve' });
    expect(result).toEqual({
      outcome: 'refused',
      message: 'Approval refused: 1 blocking finding must be fixed first.',
      blocking: [expect.objectContaining({ code: 'METADATA_MISSING', location: { kind: 'field', field: 'section' } })],
      unacknowledged: [],
    });
    expect((await n.desk.call('workflow.status', { articleId: id })).state).toBe('ready');
    expect((await n.desk.call('revisions.list', { articleId: id })).length).toBe(before);
    expect(row(n.g, 'SELECT count(*) AS n FROM approvals')).toEqual({ n: 0 });
    expect(await n.desk.call('checks.run', { articleId: id })).toEqual({ findings: result.outcome === 'refused' ? result.blocking : [] });
  });

  it('needs every warning acknowledged, and records each acknowledgement', async () => {
    const n = newsroom();
    const long = 'A headline that runs on and on about the harbour bridge, the council vote, the ten years of argument and the mayors before';
    const id = await readyArticle(n, { ...GOOD_META, headline: long });
    const refused = await n.desk.call('workflow.transition', { articleId: id, action: 'approve' });
    expect(refused).toMatchObject({ outcome: 'refused', unacknowledged: [{ code: 'HEADLINE_TOO_LONG' }] });
    const approved = await n.desk.call('workflow.transition', {
      articleId: id,
      action: 'approve',
      acknowledgements: ['HEADLINE_TOO_LONG@field:headline'],
    });
    expect(approved.outcome).toBe('done');
    expect(n.g.galley.db.prepare('SELECT finding_key, code, acknowledged_by FROM approval_acknowledgements').all()).toEqual([
      { finding_key: 'HEADLINE_TOO_LONG@field:headline', code: 'HEADLINE_TOO_LONG', acknowledged_by: n.desk.session.userId },
    ]);
    expect(row(n.g, "SELECT actor_name, note FROM audit_log WHERE action = 'approval.acknowledge'")).toEqual({
      actor_name: 'Dee Desk',
      note: expect.stringContaining('The headline is 122 characters'),
    });
  });
});

describe('holding an article', () => {
  it('keeps the holder’s working copy as a revision when someone takes it over, and locks the previous holder out', async () => {
    const n = newsroom();
    const a = await n.writer.call('articles.create', { meta: GOOD_META });
    await done(n.writer, { articleId: a.id, action: 'submit' });
    await done(n.editor, { articleId: a.id, action: 'take' });
    expect(await n.writer.raw('articles.save', { id: a.id, baseVersion: 0, body: bodyOfParagraphs('Mine!') })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only an editor or a desk chief can edit an article that is in edit; you are a writer.' },
    });
    await n.editor.call('articles.save', { id: a.id, baseVersion: 0, body: bodyOfParagraphs('Ed’s careful edit.') });

    const status = await done(n.editor2, { articleId: a.id, action: 'take' });
    expect(status.holder).toMatchObject({ name: 'Eve Editor' });
    const kept = (await n.editor2.call('revisions.list', { articleId: a.id }))[0]!;
    expect(kept.name).toBe('Ed Editor’s edit, kept when Eve Editor took over');
    expect((await n.editor2.call('revisions.get', { id: kept.id })).body).toEqual(bodyOfParagraphs('Ed’s careful edit.'));
    expect(await n.editor.raw('articles.save', { id: a.id, baseVersion: 1, body: bodyOfParagraphs('More') })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(JSON.parse(String(row(n.g, "SELECT details_json FROM audit_log WHERE action = 'workflow.take' ORDER BY seq DESC").details_json))).toMatchObject({
      tookOverFrom: 'Ed Editor',
    });
  });

  it('requires a note to return an article, and shows it to the writer', async () => {
    const n = newsroom();
    const a = await n.writer.call('articles.create', { meta: GOOD_META });
    await done(n.writer, { articleId: a.id, action: 'submit' });
    expect(await n.editor.raw('workflow.transition', { articleId: a.id, action: 'return', note: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('note for the writer is required') },
    });
    await done(n.editor, { articleId: a.id, action: 'return', note: 'Who said the vote was 7 to 2? Add a source.' });
    const status = await n.writer.call('workflow.status', { articleId: a.id });
    expect(status.lastReturn).toMatchObject({ by: { name: 'Ed Editor' }, note: 'Who said the vote was 7 to 2? Add a source.' });
    const home = await n.writer.call('workflow.home', {});
    expect(home.sections.find((s) => s.id === 'returnedToMe')).toMatchObject({
      count: 1,
      items: [{ id: a.id, note: 'Who said the vote was 7 to 2? Add a source.' }],
    });
  });
});

describe('notes between writer, editor and desk', () => {
  it('keeps the writer’s note on submitting for the editor to read, in the status and the audit log', async () => {
    const n = newsroom();
    const a = await n.writer.call('articles.create', { meta: GOOD_META });
    expect(await n.writer.raw('workflow.transition', { articleId: a.id, action: 'submit', note: 'x'.repeat(2001) })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((await n.editor.call('workflow.status', { articleId: a.id })).state).toBe('draft');
    await done(n.writer, { articleId: a.id, action: 'submit', note: '  The mayor’s quote is still to be confirmed; call back at 4.  ' });
    expect((await n.editor.call('workflow.status', { articleId: a.id })).lastSubmit).toMatchObject({
      by: { name: 'Wren Writer' },
      note: 'The mayor’s quote is still to be confirmed; call back at 4.',
    });
    expect(row(n.g, "SELECT actor_name, note FROM audit_log WHERE action = 'workflow.submit' AND article_id = ?", a.id)).toEqual({
      actor_name: 'Wren Writer',
      note: 'The mayor’s quote is still to be confirmed; call back at 4.',
    });
  });

  it('records in the audit log which blocking findings an article was passed to the desk with', async () => {
    const n = newsroom();
    const id = await readyArticle(n, { headline: 'Harbour bridge approved', bylines: ['Wren Writer'] });
    const entry = row(n.g, "SELECT details_json FROM audit_log WHERE action = 'workflow.pass' AND article_id = ?", id);
    expect(JSON.parse(entry.details_json as string)).toMatchObject({ blocking: [{ message: expect.stringContaining('section') }] });
    const clean = await readyArticle(n);
    const cleanEntry = row(n.g, "SELECT details_json FROM audit_log WHERE action = 'workflow.pass' AND article_id = ?", clean);
    expect(JSON.parse(cleanEntry.details_json as string)).not.toHaveProperty('blocking');
  });
});

describe('scheduling', () => {
  it('refuses a publication time in the past and stores a future one in UTC', async () => {
    const n = newsroom();
    const id = await readyArticle(n);
    await done(n.desk, { articleId: id, action: 'approve' });
    const past = await n.desk.raw('workflow.transition', { articleId: id, action: 'schedule', publishAt: '2020-01-01T00:00:00.000Z' });
    expect(past).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('already passed') } });
    const local = await n.desk.raw('workflow.transition', { articleId: id, action: 'schedule', publishAt: '2099-01-01T09:00:00+02:00' });
    expect(local).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect((await n.desk.call('workflow.status', { articleId: id })).state).toBe('approved');
    const status = await done(n.desk, { articleId: id, action: 'schedule', publishAt: '2099-01-01T07:00:00.000Z' });
    expect(status).toMatchObject({ state: 'scheduled', publishAt: '2099-01-01T07:00:00.000Z' });
  });
});

describe('each role’s desk', () => {
  it('counts what waits for each person', async () => {
    const n = newsroom();
    const draft = await n.writer.call('articles.create', { meta: { headline: 'Draft one' } });
    await n.writer.call('articles.create', { meta: { headline: 'Draft two' } });
    const submitted = await n.writer.call('articles.create', { meta: GOOD_META });
    await done(n.writer, { articleId: submitted.id, action: 'submit' });
    const ready = await readyArticle(n);
    const inEdit = await n.writer.call('articles.create', { meta: GOOD_META });
    await done(n.writer, { articleId: inEdit.id, action: 'submit' });
    await done(n.editor, { articleId: inEdit.id, action: 'take' });
    const published = await readyArticle(n);
    await done(n.desk, { articleId: published, action: 'approve' });
    await done(n.desk, { articleId: published, action: 'publish' });

    const counts = (home: ChannelOutput<'workflow.home'>) => Object.fromEntries(home.sections.map((s) => [s.id, s.count]));
    expect(counts(await n.writer.call('workflow.home', {}))).toEqual({ returnedToMe: 0, myDrafts: 2 });
    expect(counts(await n.editor.call('workflow.home', {}))).toEqual({ submitted: 1, inEditByMe: 1 });
    expect(counts(await n.editor2.call('workflow.home', {}))).toEqual({ submitted: 1, inEditByMe: 0 });
    const deskHome = await n.desk.call('workflow.home', {});
    expect(counts(deskHome)).toEqual({ ready: 1, scheduled: 0, publishedToday: 1 });
    expect(deskHome.sections[0]!.items.map((i) => i.id)).toEqual([ready]);
    expect((await n.writer.call('workflow.home', {})).sections[1]!.items.map((i) => i.id)).toContain(draft.id);
    expect((await n.g.admin.call('workflow.home', {})).sections).toEqual([]);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    expect(counts(await n.desk.call('workflow.home', { todayStart: tomorrow }))['publishedToday']).toBe(0);
  });
});
