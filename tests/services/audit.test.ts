import { describe, expect, it } from 'vitest';
import { useGalley, type TestGalley } from '../support/galley';
import { GENESIS_HASH, rowHash } from '../../electron/audit/hash-chain';

const newGalley = useGalley();

/** A newsroom that has done a little of everything the log records. */
async function busyGalley(): Promise<TestGalley> {
  const g = newGalley();
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
    expect(await g.admin.call('audit.verify', {})).toEqual({ ok: true, checked: 6, broken: null });
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
    expect(await g.admin.call('audit.verify', {})).toEqual({
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
