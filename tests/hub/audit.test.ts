import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { articleIdOfDocument, HubArticleAuditSchema, HubErrorSchema, hubArticleAuditPath } from '../../shared/contract/hub';
import type { Role } from '../../shared/domain/session';
import { HUB_DATABASE_FILE } from '../../hub/store/sqlite/sqlite-hub-store';
import { waitFor } from '../support/wait';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import { acknowledged, openCollabClient, WAIT_MS, type CollabClient } from './support/collab-client';
import { addHubUser, newHubDataDir, removeDataDirs, runHubCommand, startHubProcess, type HubProcess } from './support/hub-process';

const PEOPLE: Record<string, Role> = { wren: 'writer', eddie: 'editor', dora: 'desk_chief', ada: 'admin' };

let postgres: TestPostgres | null = null;
const hubs: HubProcess[] = [];
const clients: CollabClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const hub of hubs.splice(0)) await hub.stop();
});
afterAll(async () => {
  await postgres?.stop();
  removeDataDirs();
});

/** A hub on `engine` where wren wrote and submitted one article and typed into another. */
async function hubWithHistory(engine: 'embedded' | 'PostgreSQL') {
  let databaseUrl: string | undefined;
  if (engine === 'PostgreSQL') {
    postgres ??= await startTestPostgres();
    databaseUrl = await postgres.createDatabase();
  }
  const dataDir = newHubDataDir();
  for (const [name, role] of Object.entries(PEOPLE)) await addHubUser(dataDir, name, role, undefined, databaseUrl);
  const hub = await startHubProcess(dataDir, { databaseUrl });
  hubs.push(hub);
  const tokens = new Map<string, string>();
  for (const name of Object.keys(PEOPLE)) tokens.set(name, (await hub.signIn(name)).token);
  const articles: string[] = [];
  for (const [i, words] of ['The lede.', 'Another story.'].entries()) {
    const document = await hub.newArticle(tokens.get('wren')!);
    const writer = openCollabClient(hub.collabUrl, document, tokens.get('wren')!);
    clients.push(writer);
    await waitFor('the writer to sync', WAIT_MS, () => writer.synced);
    writer.text.insert(0, words);
    await waitFor('the text to be on the hub', WAIT_MS, () => acknowledged(writer));
    if (i === 0) expect(await writer.step({ action: 'submit' })).toMatchObject({ ok: true });
    articles.push(articleIdOfDocument(document)!);
  }
  const read = async (articleId: string, token: string | null) => {
    const response = await fetch(`${hub.url}${hubArticleAuditPath(articleId)}`, { headers: token === null ? {} : { authorization: `Bearer ${token}` } });
    return { status: response.status, json: (await response.json()) as unknown };
  };
  return { hub, dataDir, databaseUrl, tokens, articles, read };
}

/** Rewrites who took the first entry, from beside the hub, as someone covering their tracks would. */
async function tamper(dataDir: string, databaseUrl: string | undefined): Promise<void> {
  const sql = "UPDATE audit_entries SET actor_name = 'someone else' WHERE seq = 1";
  if (databaseUrl === undefined) {
    const db = new DatabaseSync(join(dataDir, HUB_DATABASE_FILE));
    db.exec(sql);
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('the hub’s audit, readable from outside', () => {
  it.each(['embedded', 'PostgreSQL'] as const)(
    'GET /api/articles/<id>/audit lists the article’s entries and verifies the chain, for desk chiefs and admins only (%s store)',
    async (engine) => {
      const { dataDir, databaseUrl, tokens, articles, read } = await hubWithHistory(engine);
      const [submitted, other] = articles as [string, string];

      for (const name of ['dora', 'ada']) {
        const answer = await read(submitted, tokens.get(name)!);
        expect(answer.status).toBe(200);
        const audit = HubArticleAuditSchema.parse(answer.json);
        expect(audit.articleId).toBe(submitted);
        expect(audit.entries.map((e) => [e.action, e.actorName, e.articleId])).toEqual([
          ['update', 'wren', submitted],
          ['submit', 'wren', submitted],
        ]);
        expect(audit.entries[1]).toMatchObject({ fromState: 'draft', toState: 'submitted' });
        // The other article's update is in the chain (3 entries in all), not in this list.
        expect(audit.chain).toEqual({ ok: true, checked: 3, broken: null });
      }
      const refusals = [
        await read(submitted, tokens.get('wren')!),
        await read(submitted, tokens.get('eddie')!),
        await read(submitted, null),
        await read(crypto.randomUUID(), tokens.get('dora')!),
        await read('not-an-id', tokens.get('dora')!),
      ];
      expect(refusals.map((r) => [r.status, HubErrorSchema.parse(r.json).error.code])).toEqual([
        [403, 'FORBIDDEN'],
        [403, 'FORBIDDEN'],
        [401, 'UNAUTHENTICATED'],
        [404, 'NOT_FOUND'],
        [404, 'NOT_FOUND'],
      ]);

      await tamper(dataDir, databaseUrl);
      // The altered entry is the first article's; the other article's audit says the chain is broken too.
      const after = HubArticleAuditSchema.parse((await read(other, tokens.get('dora')!)).json);
      expect(after.chain).toEqual({ ok: false, checked: 0, broken: { seq: 1, id: expect.any(String), reason: expect.stringMatching(/entry 1 was altered/) } });
    },
    120_000,
  );

  it.each(['embedded', 'PostgreSQL'] as const)('`galley hub audit verify` exits 0 on a whole chain and 1 naming the first broken entry (%s store)', async (engine) => {
    const { hub, dataDir, databaseUrl } = await hubWithHistory(engine);
    await hub.stop();
    expect(await runHubCommand(dataDir, ['audit', 'verify'], '', databaseUrl)).toMatchObject({
      code: 0,
      stdout: "The hub's audit chain is intact: 3 entries checked.\n",
    });
    await tamper(dataDir, databaseUrl);
    const broken = await runHubCommand(dataDir, ['audit', 'verify'], '', databaseUrl);
    expect(broken).toMatchObject({ code: 1, stdout: '' });
    expect(broken.stderr).toMatch(/^galley hub: the audit chain is broken at entry 1 \(id [0-9a-f-]{36}\): entry 1 was altered after it was written.* 0 entries before it are intact\.\n$/);
  }, 120_000);
});
