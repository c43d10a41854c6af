import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BUILT_CLI } from '../support/host-process';
import { useTempDirs } from '../support/temp-dir';
import { ninjsErrors } from '../support/standards';

const tempDir = useTempDirs();

const ADMIN_PASSWORD = 'the admin passphrase';
const WRITER_PASSWORD = 'the writer passphrase';

/** Runs the built `galley` command as a script would, with the given environment on top of ours. */
function run(dataDir: string, env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [BUILT_CLI, '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GALLEY_PASSWORD: '', GALLEY_NEW_PASSWORD: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** As the writer "ana" (the password in GALLEY_PASSWORD, as a script would pass it). */
const galley = (dataDir: string, ...args: string[]) => run(dataDir, { GALLEY_PASSWORD: WRITER_PASSWORD }, '--user', 'ana', ...args);

/** A data directory with a first admin ("boss", added without signing in) and a writer ("ana", added by boss). */
function newsroomDir(dir: string): string {
  const first = run(dir, { GALLEY_NEW_PASSWORD: ADMIN_PASSWORD }, 'users', 'add', 'boss', '--role', 'admin');
  if (first.code !== 0) throw new Error(`first admin: ${first.stderr}`);
  const writer = run(dir, { GALLEY_PASSWORD: ADMIN_PASSWORD, GALLEY_NEW_PASSWORD: WRITER_PASSWORD }, '--user', 'boss', 'users', 'add', 'ana', '--role', 'writer', '--display-name', 'Ana Writer');
  if (writer.code !== 0) throw new Error(`writer: ${writer.stderr}`);
  return dir;
}

describe('galley command', () => {
  // One newsroom for the error cases: they change nothing, and each user added costs a slow hash.
  let shared = '';
  beforeAll(() => {
    shared = newsroomDir(mkdtempSync(join(tmpdir(), 'galley-cli-')));
  });
  afterAll(() => rmSync(shared, { recursive: true, force: true }));

  // Ten runs of the command, two of them adding a user (a deliberately slow hash): more than the default 20 s on a busy machine.
  it('imports Markdown, lists it as JSON and exports it as HTML, Markdown, JSON and ninjs', () => {
    const dir = newsroomDir(tempDir());
    const file = join(dir, 'story.md');
    writeFileSync(file, '# Bridge reopens\n\nThe **old bridge** reopened on [Monday](https://example.com/a).\n\n- cars\n- bikes\n');
    const imported = galley(dir, '--json', 'import', file);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const { id, headline } = JSON.parse(imported.stdout) as { id: string; headline: string };
    expect(headline).toBe('Bridge reopens');

    const listed = JSON.parse(galley(dir, '--json', 'list', '--query', 'bridge').stdout) as { total: number; items: { id: string }[] };
    expect(listed.total).toBe(1);
    expect(listed.items[0]!.id).toBe(id);

    const html = galley(dir, 'export', id, '--format', 'html');
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<h1>Bridge reopens</h1>');
    expect(html.stdout).toMatch(/<strong>old bridge<\/strong>/);
    expect(html.stdout).toContain('href="https://example.com/a"');

    const md = galley(dir, 'export', id, '--format', 'md');
    expect(md.stdout).toContain('**old bridge**');
    expect(md.stdout).toMatch(/^[-*] cars$/m);

    const json = JSON.parse(galley(dir, 'export', id, '--format', 'json').stdout) as { format: string; article: { id: string } };
    expect(json).toMatchObject({ format: 'galley.article', article: { id } });

    const ninjs = galley(dir, 'export', id, '--format', 'ninjs');
    expect(ninjs.code).toBe(0);
    expect(ninjsErrors(JSON.parse(ninjs.stdout))).toEqual([]);
    expect(JSON.parse(ninjs.stdout)).toMatchObject({ uri: `urn:galley:article:${id}`, headlines: [{ role: 'main', value: 'Bridge reopens' }] });

    const out = join(dir, 'out.html');
    expect(galley(dir, 'export', id, '--format', 'html', '--output', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Bridge reopens');
  }, 60_000);

  it.each([
    ['a missing file', ['import', '/nonexistent/story.md'], /no such file/],
    ['an unsupported file type', ['import', 'PLACEHOLDER.pdf'], /cannot import/],
    ['an unknown article', ['export', '6f1c8a52-3b7e-4a39-9d6c-2f1f0e8b4a11', '--format', 'html'], /does not exist/],
    ['a malformed id', ['export', 'not-an-id', '--format', 'html'], /Invalid input/],
    ['an unknown format', ['export', '6f1c8a52-3b7e-4a39-9d6c-2f1f0e8b4a11', '--format', 'pdf'], /Allowed choices/],
    ['an unknown command', ['publish-everything'], /unknown command/],
    ['a non-numeric limit', ['list', '--limit', 'ten'], /whole number/],
  ])('exits 2 with a message on stderr for %s', (_what, args, message) => {
    const dir = shared;
    const pdf = join(tempDir(), 'PLACEHOLDER.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const r = galley(dir, ...args.map((a) => (a === 'PLACEHOLDER.pdf' ? pdf : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('refuses a data directory written by a newer Galley, exits 2 and changes nothing', () => {
    const dir = tempDir();
    const db = new Database(join(dir, 'galley.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(join(dir, 'galley.sqlite'));
    const r = galley(dir, 'list');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/newer Galley/);
    expect(readFileSync(join(dir, 'galley.sqlite')).equals(before)).toBe(true);
  });
});

describe('galley users, sign-in and audit', () => {
  it('acts as a person only after signing in with --user and GALLEY_PASSWORD', () => {
    const dir = newsroomDir(tempDir());
    const anonymous = run(dir, {}, 'list');
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toMatch(/needs a signed-in user: pass --user NAME/);
    const noPassword = run(dir, {}, '--user', 'ana', 'list');
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toMatch(/set GALLEY_PASSWORD/);
    const wrong = run(dir, { GALLEY_PASSWORD: 'nope nope nope' }, '--user', 'ana', 'list');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/do not match an active account/);
    expect(galley(dir, 'list').code).toBe(0);
  });

  it('creates the first admin without signing in, then only an admin adds people', () => {
    const dir = tempDir();
    const notAdmin = run(dir, { GALLEY_NEW_PASSWORD: ADMIN_PASSWORD }, 'users', 'add', 'ana', '--role', 'writer');
    expect(notAdmin.code).toBe(2);
    expect(notAdmin.stderr).toMatch(/first user .* must be an admin/);
    newsroomDir(dir);
    const byWriter = run(dir, { GALLEY_PASSWORD: WRITER_PASSWORD, GALLEY_NEW_PASSWORD: 'another passphrase' }, '--user', 'ana', 'users', 'add', 'eve', '--role', 'admin');
    expect(byWriter.code).toBe(2);
    expect(byWriter.stderr).toMatch(/Only an admin can manage users/);
    const listed = JSON.parse(run(dir, { GALLEY_PASSWORD: ADMIN_PASSWORD }, '--json', '--user', 'boss', 'users', 'list').stdout) as Array<{ name: string; role: string }>;
    expect(listed.map((u) => [u.name, u.role])).toEqual([
      ['ana', 'writer'],
      ['boss', 'admin'],
    ]);
  });

  it('audit verify exits 0 on an intact log, and 1 naming the row an attacker altered with SQL', () => {
    const dir = newsroomDir(tempDir());
    const intact = run(dir, {}, 'audit', 'verify');
    expect(intact.code).toBe(0);
    // first admin (user.create, auth.setup, auth.signOut), boss adds ana (auth.signIn, user.create, auth.signOut)
    expect(intact.stdout).toMatch(/^The audit log is intact: 6 entries checked\. Only the chain was checked: Galley has no audit key here/);

    const db = new Database(join(dir, 'galley.sqlite'));
    expect(() => db.prepare("UPDATE audit_log SET actor_name = 'Someone else' WHERE seq = 5").run()).toThrow(/append-only/);
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET details_json = '{\"role\":\"admin\"}' WHERE seq = 5").run();
    const { id } = db.prepare('SELECT id FROM audit_log WHERE seq = 5').get() as { id: string };
    db.close();

    const broken = run(dir, {}, 'audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe(
      `galley: the audit log is broken at entry 5 (id ${id}): entry 5 was altered after it was written: its content no longer matches its hash. 4 entries before it are intact.\n`,
    );
    const json = run(dir, {}, '--json', 'audit', 'verify');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, checked: 4, broken: { seq: 5, id, reason: expect.stringContaining('altered') } });
  });
});
