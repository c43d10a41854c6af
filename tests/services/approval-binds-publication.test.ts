import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useGalley, type TestClient } from '../support/galley';
import { bodyOf, markNode } from '../support/bodies';
import { newsroom, step, type Newsroom } from '../support/publishing';
import { citation, footnote, para } from '../unit/checks/source-fixtures';
import { PLAIN, fixture } from '../unit/images/fixtures';
import { figureJson, goodRights } from '../unit/images/helpers';
import { databaseDigest } from '../fuzz/db-digest';
import { articleStore } from '../../electron/articles/store';
import { userRepository } from '../../electron/auth/user-repository';
import { workflowStores } from '../../electron/workflow/stores';
import { readPublication } from '../../electron/publishing/publication';
import { outgoingFrom } from '../../electron/publishing/payload';
import { folderFiles } from '../../electron/publishing/targets/folder-page';

/*
 * What an approval binds is the whole publication: body and details, every source the
 * article cites or attaches, every image's rights and credit line, the claims published as
 * ClaimReview. For every record reachable from an approved article, every role tries every
 * mutating channel through the ROUTER: each call is refused and changes nothing at all
 * (approved text is read only until an editor or desk chief reopens it for changes). What
 * is published at the end is exactly the publication the approval kept.
 */

const newGalley = useGalley();

const REPORT = { kind: 'document' as const, title: 'Audit of the harbour works', url: 'https://audit.example.org/harbour', publisher: 'National Audit Office' };
const BACKGROUND = { kind: 'dataset' as const, title: 'Harbour traffic 2025', url: 'https://data.example.org/traffic', publisher: 'Port Authority' };
const SPARE = { kind: 'web_page' as const, title: 'Council minutes', url: 'https://council.example.org/minutes' };
const EXTRA = { kind: 'press_release' as const, title: 'Port Authority statement', publisher: 'Port Authority' };
const SECRET = {
  kind: 'interview' as const,
  title: 'Interview with Jane Doe',
  interview: { name: 'Jane Doe', role: 'a port official', contact: 'jane.doe@port.example', attribution: 'anonymous' as const },
};
const CSL = (title: string) => JSON.stringify([{ id: 'x', type: 'report', title, URL: 'https://acme.example/report' }]);

interface World {
  n: Newsroom;
  id: string;
  report: string;
  background: string;
  secret: string;
  spare: string;
  extra: string;
  asset: string;
  claim: string;
}

/** An approved article citing a report and a confidential source, attaching a dataset and a statement, with a credited image and a checked claim; the outlet publishes fact-checks. */
async function world(n: Newsroom): Promise<World> {
  await n.g.admin.call('settings.set', { key: 'factChecks', value: { publishClaimReview: true, outletName: 'The Harbour Times' } });
  const report = (await n.writer.call('sources.create', { fields: REPORT })).id;
  const background = (await n.writer.call('sources.create', { fields: BACKGROUND })).id;
  const secret = (await n.writer.call('sources.create', { fields: SECRET })).id;
  const spare = (await n.writer.call('sources.create', { fields: SPARE })).id;
  const extra = (await n.writer.call('sources.create', { fields: EXTRA })).id;
  const added = await n.writer.call('assets.add', { fileName: PLAIN, data: fixture(PLAIN).toString('base64') });
  await n.writer.call('assets.updateRights', { id: added.asset.id, rights: goodRights() });
  const claim = randomUUID();
  const body = bodyOf(
    para('The works are ', citation([report], 'two years late'), '.', footnote('Per the audit, page 4.', [report])),
    para('An official ', citation([secret], 'said'), ' the cranes stopped. ', markNode([`claim:${claim}`], 'The bridge will cost 40 million.')),
    figureJson({ assetId: added.asset.id, caption: 'The harbour at dawn.', alt: 'Fishing boats moored at sunrise' }),
  );
  const a = await n.writer.call('articles.create', { meta: { headline: 'Harbour bridge approved', dek: 'The council says yes.', bylines: ['Wren Writer'], section: 'City', slug: 'harbour-bridge' } });
  for (const sourceId of [report, secret, background, extra]) await n.writer.call('sources.attach', { articleId: a.id, sourceId });
  await n.writer.call('articles.save', { id: a.id, baseVersion: a.version, body });
  await step(n.writer, { articleId: a.id, action: 'submit' });
  await step(n.editor, { articleId: a.id, action: 'take' });
  await n.editor.call('review.addClaim', { articleId: a.id, id: claim, quote: 'The bridge will cost 40 million.' });
  await n.editor.call('review.recordVerdict', { claimId: claim, status: 'verified', note: '' });
  await step(n.editor, { articleId: a.id, action: 'pass' });
  await step(n.desk, { articleId: a.id, action: 'approve' });
  return { n, id: a.id, report, background, secret, spare, extra, asset: added.asset.id, claim };
}

interface Attempt {
  name: string;
  channel: string;
  input: (w: World, i: number) => Promise<unknown> | unknown;
}

const ATTEMPTS: readonly Attempt[] = [
  {
    name: 'retitle and re-point a cited source',
    channel: 'sources.update',
    input: (w, i) => ({ id: w.report, fields: { ...REPORT, title: `SPONSORED: Buy Acme ${i}`, url: `https://acme.example/${i}` } }),
  },
  { name: 'change an attached source', channel: 'sources.update', input: (w, i) => ({ id: w.background, fields: { ...BACKGROUND, title: `SPONSORED ${i}` } }) },
  {
    name: 'put the anonymous source on the record',
    channel: 'sources.update',
    input: (w) => ({ id: w.secret, fields: { ...SECRET, interview: { ...SECRET.interview, attribution: 'on_record' } } }),
  },
  {
    name: 'change the image’s creator and credit',
    channel: 'assets.updateRights',
    input: (w, i) => ({ id: w.asset, rights: goodRights({ creator: `Acme ${i}`, creditLine: 'Acme Corp' }) }),
  },
  {
    name: 'change the claim’s verdict',
    channel: 'review.recordVerdict',
    input: async (w) => {
      const review = await w.n.desk.call('review.get', { articleId: w.id });
      const status = review.claims[0]?.status === 'disputed' ? 'verified' : 'disputed';
      return { claimId: w.claim, status, note: 'Checked again.' };
    },
  },
  {
    name: 'change the claim’s sources',
    channel: 'review.setClaimSources',
    input: async (w) => {
      const review = await w.n.desk.call('review.get', { articleId: w.id });
      return { claimId: w.claim, sourceIds: review.claims[0]?.sourceIds.includes(w.spare) ? [w.report] : [w.spare] };
    },
  },
  { name: 'attach a library source', channel: 'sources.attach', input: (w) => ({ articleId: w.id, sourceId: w.spare }) },
  { name: 'create a source attached to it', channel: 'sources.create', input: (w, i) => ({ fields: { ...SPARE, title: `Acme press kit ${i}` }, attachTo: w.id }) },
  { name: 'import references into it', channel: 'sources.import', input: (w, i) => ({ fileName: 'refs.json', text: CSL(`Acme white paper ${i}`), attachTo: w.id }) },
  {
    name: 'change the headline',
    channel: 'articles.save',
    input: async (w, i) => {
      const current = await w.n.desk.call('articles.get', { id: w.id });
      return { id: w.id, baseVersion: current.version, meta: { ...current.meta, headline: `Acme buys the harbour ${i}` } };
    },
  },
  { name: 'detach the attached source', channel: 'sources.detach', input: (w) => ({ articleId: w.id, sourceId: w.background }) },
  { name: 'delete an attached source', channel: 'sources.delete', input: (w) => ({ id: w.extra }) },
  { name: 'delete the cited source', channel: 'sources.delete', input: (w) => ({ id: w.report }) },
];

type Role = 'author' | 'otherWriter' | 'editor' | 'deskChief' | 'admin';
const ROLES: readonly Role[] = ['author', 'otherWriter', 'editor', 'deskChief', 'admin'];

function actor(w: World, role: Role): TestClient {
  switch (role) {
    case 'author':
      return w.n.writer;
    case 'otherWriter':
      return w.n.g.as('wes', 'writer', 'Wes Other');
    case 'editor':
      return w.n.editor;
    case 'deskChief':
      return w.n.desk;
    case 'admin':
      return w.n.g.admin;
  }
}

/** The article's workflow columns and the publication its approval kept, read as the services read them. */
const approvalsOf = (w: World) => {
  const db = w.n.g.galley.db;
  const stores = workflowStores({ db, articles: articleStore(db), users: userRepository(db) });
  return { find: stores.articles.states.find, publicationOfRevision: stores.workflow.publicationOfRevision };
};
const lastReopen = (w: World) =>
  w.n.g.galley.db.prepare("SELECT actor_name, from_state, to_state FROM audit_log WHERE action = 'workflow.reopen' AND article_id = ? ORDER BY seq DESC LIMIT 1").get(w.id);

/** The files the folder target must have written: the kept publication, rendered at the time of the send. */
function expectedFolderFiles(w: World, at: string) {
  const row = approvalsOf(w).find(w.id);
  const kept = row?.approvedRevisionId ? approvalsOf(w).publicationOfRevision(row.approvedRevisionId) : null;
  if (!kept) throw new Error('no kept publication');
  const publication = readPublication(kept.json, kept.hash);
  const services = w.n.g.galley.services;
  const outgoing = outgoingFrom(publication, { deliveryId: 'x', publishAt: null, firstPublishedAt: null, correctionNote: null }, { assets: services.assets, redactor: services.sources.libraryRedactor() });
  // As the folder target names its copied images.
  return folderFiles(outgoing, at, (name) => pathToFileURL(join(w.n.g.dataDir, 'published', 'images', name)).href);
}

async function publishAndRead(w: World) {
  await step(w.n.desk, { articleId: w.id, action: 'publish' });
  await w.n.g.galley.services.publishing.drain();
  const folder = join(w.n.g.dataDir, 'published');
  const read = (name: string) => readFileSync(join(folder, name), 'utf8');
  return { html: read('harbour-bridge.html'), ninjs: read('harbour-bridge.ninjs.json'), jsonLd: read('harbour-bridge.jsonld') };
}

describe('an approval binds everything that is published', () => {
  for (const role of ROLES) {
    it(`${role}: every change to what the article publishes is refused, and what goes out is what was approved`, async () => {
      const w = await world(newsroom(newGalley()));
      const db = w.n.g.galley.db;
      const client = actor(w, role);
      let i = 0;
      for (const attempt of ATTEMPTS) {
        i += 1;
        const input = await attempt.input(w, i);
        const digest = databaseDigest(db);
        const result = await client.raw(attempt.channel, input);
        const label = `${role} → ${attempt.channel}: ${attempt.name}`;
        expect(result.ok, label).toBe(false);
        // Refused: nothing at all was written, the approval stands.
        expect(databaseDigest(db), label).toBe(digest);
        expect(approvalsOf(w).find(w.id)?.state, label).toBe('approved');
      }
      const files = await publishAndRead(w);
      const at = (JSON.parse(files.ninjs) as { versioncreated: string }).versioncreated;
      expect(files).toEqual(expectedFolderFiles(w, at));
      const everything = Object.values(files).join('\n');
      expect(everything).not.toContain('Jane Doe');
      expect(everything).not.toContain('SPONSORED');
      expect(everything).not.toContain('Acme');
    });
  }

  it('publishes the publication the approval kept, even when a record changes behind the services’ back', async () => {
    const w = await world(newsroom(newGalley()));
    const db = w.n.g.galley.db;
    db.prepare("UPDATE sources SET title = 'SPONSORED: Buy Acme', url = 'https://acme.example/' WHERE id = ?").run(w.report);
    db.prepare("UPDATE image_rights SET creator = 'Acme', credit_line = 'Acme Corp' WHERE asset_seq = (SELECT seq FROM assets WHERE id = ?)").run(w.asset);
    const files = await publishAndRead(w);
    const everything = Object.values(files).join('\n');
    expect(everything).toContain('Audit of the harbour works');
    expect(everything).toContain('Firebrace');
    expect(everything).not.toContain('Acme');
    const at = (JSON.parse(files.ninjs) as { versioncreated: string }).versioncreated;
    expect(files).toEqual(expectedFolderFiles(w, at));
  });

  it('never sends a kept publication that does not match its hash, and asks for a new approval where none was kept', async () => {
    const w = await world(newsroom(newGalley()));
    const db = w.n.g.galley.db;
    const approval = approvalsOf(w).find(w.id)?.approvedRevisionId ?? '';
    // Altered behind Galley's back: the job fails, in plain words, and nothing is written.
    db.prepare("UPDATE approvals SET publication_json = replace(publication_json, 'Audit of the harbour works', 'SPONSORED') WHERE revision_id = ?").run(approval);
    await step(w.n.desk, { articleId: w.id, action: 'publish' });
    await w.n.g.galley.services.publishing.drain();
    const [job] = (await w.n.desk.call('publishing.queue', { offset: 0, limit: 10 })).items;
    expect(job).toMatchObject({ state: 'failed', lastError: expect.stringContaining('approve it again') });

    // An approval given before Galley kept publications (migration 12) cannot be published.
    const older = await world(newsroom(newGalley()));
    older.n.g.galley.db.prepare('UPDATE approvals SET publication_json = NULL, publication_hash = NULL').run();
    expect(await older.n.desk.raw('workflow.transition', { articleId: older.id, action: 'publish' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('approve the article again') },
    });
  });

  it('holds a scheduled article too: its image rights change only once an editor reopens it, which takes it off the schedule', async () => {
    const w = await world(newsroom(newGalley()));
    const publishAt = new Date(Date.now() + 3_600_000).toISOString();
    await step(w.n.desk, { articleId: w.id, action: 'schedule', publishAt });
    for (const client of [w.n.writer, w.n.editor, w.n.desk]) {
      expect(await client.raw('assets.updateRights', { id: w.asset, rights: goodRights({ creator: 'Acme' }) })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: expect.stringContaining('“Harbour bridge approved”, which is scheduled') },
      });
    }
    expect(approvalsOf(w).find(w.id)).toMatchObject({ state: 'scheduled', publishAt });
    await step(w.n.editor, { articleId: w.id, action: 'reopen' });
    expect(approvalsOf(w).find(w.id)).toMatchObject({ state: 'in_edit', publishAt: null, approvedRevisionId: null });
    await w.n.editor.call('assets.updateRights', { id: w.asset, rights: goodRights({ creator: 'Acme' }) });
    expect(lastReopen(w)).toMatchObject({ actor_name: 'Ed Editor', from_state: 'scheduled', to_state: 'in_edit' });
  });
});
