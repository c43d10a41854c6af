import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useGalley, type TestGalley } from '../support/galley';
import { GENESIS_HASH, rowHash, type ChainedRow } from '../../shared/node/hash-chain';
import { AUDIT_ANCHOR_FILE } from '../../electron/audit/anchor';

const newGalley = useGalley();

/** A newsroom that has done a little of everything the log records (six entries), with no audit key unless given one. */
async function busyGalley(auditKey: Buffer | null = null): Promise<TestGalley> {
  const g = newGalley(undefined, { auditKey });
  const desk = g.as('dee', 'desk_chief', 'Dee Desk');
  const editor = g.as('ed', 'editor', 'Ed Editor');
  await g.admin.call('users.create', { name: 'nia', displayName: 'Nia', role: 'writer', password: 'a long enough password' });
  await g.raw('auth.signIn', { name: 'writer', password: 'correct horse battery staple' });
  const a = await g.call('articles.create', { meta: { headline: 'Bridge', bylines: ['Wren'], section: 'City' } });
  for (const [who, action] of [
    [g, 'submit'],
    [editor, 'take'],
    [editor, 'pass'],
    [desk, 'approve'],
  ] as const) {
    await who.call('workflow.transition', { articleId: a.id, action });
  }
  // The anchor follows the log once each change has committed: on the next turn of the event loop.
  await new Promise((resolve) => setImmediate(resolve));
  return g;
}

const rows = (g: TestGalley) =>
  g.galley.db.prepare('SELECT seq, actor_name, action, from_state, to_state, revision_hash FROM audit_log ORDER BY seq').all();

describe('the audit log', () => {
  it('records user changes, sign-ins and every step with who, from, to and the revision hash, each chained to the last', async () => {
    const g = await busyGalley();
    expect(rows(g)).toEqual([
      { seq: 1, actor_name: 'Ada Admin', action: 'user.create', from_state: null, to_state: null, revision_hash: null },
      { seq: 2, actor_name: 'Wren Writer', action: 'auth.signIn', from_state: null, to_state: null, revision_hash: null },
      { seq: 3, actor_name: 'Wren Writer', action: 'workflow.submit', from_state: 'draft', to_state: 'submitted', revision_hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { seq: 4, actor_name: 'Ed Editor', action: 'workflow.take', from_state: 'submitted', to_state: 'in_edit', revision_hash: expect.any(String) },
      { seq: 5, actor_name: 'Ed Editor', action: 'workflow.pass', from_state: 'in_edit', to_state: 'ready', revision_hash: expect.any(String) },
      { seq: 6, actor_name: 'Dee Desk', action: 'workflow.approve', from_state: 'ready', to_state: 'approved', revision_hash: expect.any(String) },
    ]);
    const chain = g.galley.db.prepare('SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq').all() as Array<{ prev_hash: string; hash: string }>;
    expect(chain[0]!.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < chain.length; i += 1) expect(chain[i]!.prev_hash).toBe(chain[i - 1]!.hash);
    expect(await g.admin.call('audit.verify', {})).toMatchObject({ ok: true, checked: 6, broken: null });
  });

  it('is read and verified only by a desk chief or an admin', async () => {
    const g = await busyGalley();
    expect(await g.raw('audit.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await g.raw('audit.verify', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const page = await g.as('dee', 'desk_chief').call('audit.list', { limit: 2 });
    expect(page.total).toBe(6);
    expect(page.items.map((i) => i.action)).toEqual(['workflow.approve', 'workflow.pass']);
  });

  it('reports the row an attacker with the file altered (after dropping the trigger)', async () => {
    const g = await busyGalley();
    const db = g.galley.db;
    expect(() => db.prepare("UPDATE audit_log SET note = 'x' WHERE seq = 4").run()).toThrow(/append-only/);
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET actor_name = 'Someone Else' WHERE seq = 4").run();
    expect(await g.admin.call('audit.verify', {})).toMatchObject({
      ok: false,
      checked: 3,
      broken: { seq: 4, id: expect.any(String), reason: 'entry 4 was altered after it was written: its content no longer matches its hash' },
    });
  });

  it('reports a row that was removed, and a row rewritten with a fresh hash, at the next link', async () => {
    const removed = await busyGalley();
    removed.galley.db.exec('DROP TRIGGER audit_log_no_delete');
    removed.galley.db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    expect((await removed.admin.call('audit.verify', {})).broken).toMatchObject({ seq: 4, reason: expect.stringContaining('entries 3 are missing') });

    const rewritten = await busyGalley();
    const db = rewritten.galley.db;
    db.exec('DROP TRIGGER audit_log_no_update');
    const r = db.prepare('SELECT * FROM audit_log WHERE seq = 2').get() as Record<string, string | number | null>;
    const forged = {
      seq: 2,
      id: String(r['id']),
      at: String(r['at']),
      actorId: r['actor_id'] as string | null,
      actorName: 'Mallory',
      action: String(r['action']),
      articleId: null,
      fromState: null,
      toState: null,
      revisionHash: null,
      note: null,
      detailsJson: String(r['details_json']),
      prevHash: String(r['prev_hash']),
    };
    db.prepare("UPDATE audit_log SET actor_name = 'Mallory', hash = ? WHERE seq = 2").run(rowHash(forged));
    expect((await rewritten.admin.call('audit.verify', {})).broken).toMatchObject({
      seq: 3,
      reason: 'entry 3 does not link to entry 2: the earlier entry was altered or replaced',
    });
  });
});

/** What someone with the database file and a SQLite shell can do: the triggers are no obstacle. */
function tamper(g: TestGalley, sql: string): void {
  g.galley.db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  g.galley.db.exec(sql);
}

const KEY = Buffer.alloc(32, 7);
const verify = (g: TestGalley) => g.as('dee', 'desk_chief').call('audit.verify', {});

describe('the audit log, anchored outside its database', () => {
  it('checks an untouched log against its anchor', async () => {
    const g = await busyGalley(KEY);
    expect(await verify(g)).toMatchObject({ ok: true, checked: 6, broken: null, anchor: { checked: true } });
  });

  it('detects the newest entries removed', async () => {
    const g = await busyGalley(KEY);
    tamper(g, 'DELETE FROM audit_log WHERE seq > 4');
    expect(await verify(g)).toMatchObject({ ok: false, broken: { seq: 5, reason: expect.stringMatching(/entries 5–6 were removed/) } });
  });

  it('detects every entry removed', async () => {
    const g = await busyGalley(KEY);
    tamper(g, 'DELETE FROM audit_log');
    const verdict = await verify(g);
    expect(verdict).toMatchObject({ ok: false, checked: 0, broken: { reason: expect.stringMatching(/entries 1–6 were removed/) } });
  });

  it('detects an approval’s actor changed and every later hash recomputed', async () => {
    const g = await busyGalley(KEY);
    const db = g.galley.db;
    tamper(g, "UPDATE audit_log SET actor_name = 'Mallory' WHERE action = 'workflow.approve'");
    // Recompute the whole chain from the first row, as a careful forger would.
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Array<Record<string, string | number | null>>;
    let prevHash = '0'.repeat(64);
    for (const r of rows) {
      const row: ChainedRow = {
        seq: Number(r['seq']),
        id: String(r['id']),
        at: String(r['at']),
        actorId: r['actor_id'] as string | null,
        actorName: String(r['actor_name']),
        action: String(r['action']),
        articleId: r['article_id'] as string | null,
        fromState: r['from_state'] as string | null,
        toState: r['to_state'] as string | null,
        revisionHash: r['revision_hash'] as string | null,
        note: r['note'] as string | null,
        detailsJson: String(r['details_json']),
        prevHash,
      };
      prevHash = rowHash(row);
      db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(row.prevHash, prevHash, row.seq);
    }
    const verdict = await verify(g);
    expect(verdict.ok).toBe(false);
    expect(verdict.broken?.reason).toMatch(/signature|anchor/);
  });

  it('detects an anchor file that was edited', async () => {
    const g = await busyGalley(KEY);
    await verify(g);
    const path = join(g.dataDir, AUDIT_ANCHOR_FILE);
    const anchor = JSON.parse(readFileSync(path, 'utf8')) as { count: number };
    writeFileSync(path, JSON.stringify({ ...anchor, count: 4 }));
    expect(await verify(g)).toMatchObject({ ok: false, broken: { reason: expect.stringMatching(/anchor .* was altered/) } });
  });

  it('says plainly when there is no key, so no anchor: the chain alone cannot show removals', async () => {
    const g = await busyGalley();
    const verdict = await verify(g);
    expect(verdict).toMatchObject({ ok: true, checked: 6, anchor: { checked: false, message: expect.stringMatching(/GALLEY_SECRET_KEY/) } });
  });
});
