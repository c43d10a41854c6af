import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openGalley } from '../../electron/services';
import { BUILT_CLI, REPO_ROOT } from '../support/host-process';
import { seedSession, TEST_PASSWORD, TEST_PASSWORD_PARAMS } from '../support/seed-session';
import { useTempDirs } from '../support/temp-dir';
import { bodyOf } from '../support/bodies';
import { citation, para } from '../unit/checks/source-fixtures';
import type { Finding } from '../../shared/checks/finding';

const tempDir = useTempDirs();
const FIXTURE = join(REPO_ROOT, '..', 'shared', 'fixtures', 'articles', 'xplora-putin-territorial-issues.txt');

/** The built `galley` command, as a script runs it. */
function galley(dataDir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BUILT_CLI, '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GALLEY_PASSWORD: TEST_PASSWORD },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const findingsOf = (stdout: string) => (JSON.parse(stdout) as { findings: Finding[] }).findings;

/**
 * A newsroom with a writer "ana" and an article citing an attached confidential interview
 * whose name is also typed in the text and the headline.
 */
async function newsroomWithExposedSource(dir: string): Promise<string> {
  const g = openGalley({ dataDir: dir, log: () => {}, passwordParams: TEST_PASSWORD_PARAMS });
  try {
    const { token } = seedSession(g, 'ana', 'writer', 'Ana Writer');
    const call = async (channel: string, input: unknown) => {
      const result = await g.dispatch(channel, input, token);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as { id: string };
    };
    const article = await call('articles.create', { meta: { headline: 'What Jane Doe saw', bylines: ['Ana Writer'], section: 'City' } });
    const secret = await call('sources.create', {
      attachTo: article.id,
      fields: { kind: 'interview', title: 'Port interview', notes: 'Notebook 4.', interview: { name: 'Jane Doe', role: 'a port official', contact: '', attribution: 'background' } },
    });
    await call('articles.save', { id: article.id, baseVersion: 0, body: bodyOf(para('The cranes stopped, ', citation([secret.id], 'Jane Doe told us'), '.')) });
    return article.id;
  } finally {
    g.close();
  }
}

describe('galley check FILE', () => {
  it('imports the file into a temporary store and reports the three dangling references of the fixture, exiting 1', () => {
    const dataDir = join(tempDir(), 'untouched');
    const r = galley(dataDir, '--json', 'check', FIXTURE);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/block publication/);
    const findings = findingsOf(r.stdout);
    const dangling = findings.filter((f) => f.code === 'SOURCE_DANGLING_REFERENCE');
    expect(dangling.map((f) => f.location.kind === 'marker' && f.location.label)).toEqual(['8', '9', '17']);
    expect(dangling.every((f) => f.severity === 'block' && /Reference \[\d+\] has no note or source/.test(f.message))).toBe(true);
    for (const finding of findings) expect(Object.keys(finding)).toEqual(['code', 'severity', 'message', 'location', 'paragraph']);
    // The newsroom's own data directory was never opened.
    expect(existsSync(dataDir)).toBe(false);
  });

  it('exits 0 when nothing blocks, and prints a readable list without --json', () => {
    const dir = tempDir();
    const file = join(dir, 'story.md');
    writeFileSync(file, '---\nbyline: Ana Writer\nsection: City\n---\n# Bridge reopens\n\nThe mayor said the bridge reopened.\n');
    const r = galley(join(dir, 'data'), 'check', file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'warn   ARTICLE_UNSOURCED  The article states facts (numbers, quotations or attributions such as “said”) but cites no source. Attach its sources and cite them, or add footnotes. (paragraph 1, character 11)\n' +
        '0 blocking, 1 warning, 0 notes\n',
    );
    expect(readdirSync(dir)).toEqual(['story.md']);
  });

  it.each([
    ['a path that is neither a file nor an id', ['check', '/nonexistent/story.md'], /neither a file nor an article id/],
    ['a file Galley cannot import', ['check', 'PDF'], /cannot import/],
    ['a folder', ['check', 'DIR'], /is not a file/],
    ['no argument', ['check'], /missing required argument/],
  ])('exits 2 with a message for %s', (_what, args, message) => {
    const dir = tempDir();
    const pdf = join(dir, 'story.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const r = galley(join(dir, 'data'), ...args.map((a) => (a === 'PDF' ? pdf : a === 'DIR' ? dir : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('galley check ID', () => {
  it('checks an article as the signed-in user and never prints a confidential source’s name', async () => {
    const dir = tempDir();
    const id = await newsroomWithExposedSource(dir);
    const r = galley(dir, '--json', '--user', 'ana', 'check', id);
    expect(r.code).toBe(1);
    const findings = findingsOf(r.stdout);
    expect(findings.filter((f) => f.code === 'CONFIDENTIAL_SOURCE_EXPOSED').map((f) => f.location.kind)).toEqual(['field', 'text']);
    expect(r.stdout + r.stderr).not.toMatch(/jane|doe/i);

    const text = galley(dir, '--user', 'ana', 'check', id);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^block {2}CONFIDENTIAL_SOURCE_EXPOSED .*\(the headline\)$/m);
  });

  it('keeps the name out of every other command’s output too: list, export', async () => {
    const dir = tempDir();
    const id = await newsroomWithExposedSource(dir);
    const outputs = [
      galley(dir, '--user', 'ana', 'list'),
      galley(dir, '--json', '--user', 'ana', 'list'),
      galley(dir, '--user', 'ana', 'export', id, '--format', 'html'),
      galley(dir, '--user', 'ana', 'export', id, '--format', 'jsonld'),
      galley(dir, '--json', '--user', 'ana', 'export', id, '--format', 'md'),
    ];
    for (const r of outputs) {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/confidential source/);
      expect(r.stdout + r.stderr).not.toMatch(/jane|doe/i);
    }
    const listed = JSON.parse(outputs[1]!.stdout) as { items: { headline: string }[] };
    expect(listed.items[0]?.headline).toBe('What [confidential source] saw');
    const jsonld = JSON.parse(outputs[3]!.stdout) as { '@type': string; citation: unknown[] };
    expect(jsonld).toMatchObject({ '@type': 'NewsArticle', citation: [{ '@type': 'CreativeWork', name: '[confidential source]' }] });
  });

  it('exits 2 for an article that does not exist, and asks for a user', async () => {
    const dir = tempDir();
    await newsroomWithExposedSource(dir);
    const missing = galley(dir, '--user', 'ana', 'check', '6f1c8a52-3b7e-4a39-9d6c-2f1f0e8b4a11');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/does not exist/);
    const anonymous = spawnSync(process.execPath, [BUILT_CLI, '--data-dir', dir, 'check', '6f1c8a52-3b7e-4a39-9d6c-2f1f0e8b4a11'], { encoding: 'utf8' });
    expect(anonymous.status).toBe(2);
    expect(anonymous.stderr).toMatch(/needs a signed-in user/);
  });
});
