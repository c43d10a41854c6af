import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openGalley } from '../../electron/services';
import { BUILT_CLI, REPO_ROOT } from '../support/host-process';
import { seedSession, TEST_PASSWORD, TEST_PASSWORD_PARAMS } from '../support/seed-session';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
/** Each test runs the command a few times; each run starts Node and opens the store (slow on a busy machine). */
const RUNS = 60_000;
const FIXTURE = join(REPO_ROOT, '..', 'shared', 'fixtures', 'articles', 'xplora-putin-territorial-issues.txt');

/** The built `galley` command, as a script runs it. */
function galley(dataDir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BUILT_CLI, '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GALLEY_PASSWORD: TEST_PASSWORD, GALLEY_TARGET_SECRET: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A data directory with a writer "ana" and an admin "boss" (cheap hashes, straight into the store). */
function newsroom(): string {
  const dir = tempDir();
  const g = openGalley({ dataDir: dir, log: () => {}, passwordParams: TEST_PASSWORD_PARAMS });
  try {
    seedSession(g, 'ana', 'writer', 'Ana Writer');
    seedSession(g, 'boss', 'admin', 'Boss Admin');
  } finally {
    g.close();
  }
  return dir;
}

function textFile(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

interface JsonFinding {
  code: string;
  location: { kind: string; block?: number; index?: number; label?: string };
  paragraph: number | null;
}

describe('galley import tells of references without a note, in the app’s words', () => {
  it('names the three dangling markers of the fixture, as text and as JSON', () => {
    const dir = newsroom();
    const text = galley(dir, '--user', 'ana', 'import', FIXTURE);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Imported “.+” \(\d+ words\) as [0-9a-f-]{36}\n3 references have no note; they are marked in the text\.\n$/);

    const json = galley(dir, '--json', '--user', 'ana', 'import', FIXTURE);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ danglingReferences: 3 });
  }, RUNS);

  it('speaks of one reference in the singular, and says nothing when every reference has its note', () => {
    const dir = newsroom();
    const one = galley(dir, '--user', 'ana', 'import', textFile(dir, 'one.txt', 'Bridge reopens\n\nThe bridge reopened on Monday.[4]\n'));
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/\nOne reference has no note; it is marked in the text\.\n$/);

    const none = galley(dir, '--json', '--user', 'ana', 'import', textFile(dir, 'none.txt', 'Bridge reopens\n\nThe bridge reopened on Monday.\n'));
    expect(none.code).toBe(0);
    expect(JSON.parse(none.stdout)).toMatchObject({ danglingReferences: 0 });
    const plain = galley(dir, '--user', 'ana', 'import', textFile(dir, 'plain.txt', 'Bridge reopens\n\nThe bridge reopened on Monday.\n'));
    expect(plain.stdout).toMatch(/^Imported “Bridge reopens” \(\d+ words?\) as [0-9a-f-]{36}\n$/);
  }, RUNS);
});

describe('galley check numbers paragraphs the same way in its text and its JSON', () => {
  it('gives each finding in the body its paragraph counted from 1, the number the text prints', () => {
    const dir = tempDir();
    const json = galley(join(dir, 'data'), '--json', 'check', FIXTURE);
    const text = galley(join(dir, 'data'), 'check', FIXTURE);
    expect(json.code).toBe(1);
    expect(text.code).toBe(1);
    const findings = (JSON.parse(json.stdout) as { findings: JsonFinding[] }).findings;
    const markers = findings.filter((f) => f.location.kind === 'marker');
    expect(markers).toHaveLength(3);
    for (const finding of markers) {
      // `location` keeps the stored index (from 0); `paragraph` is the number a person reads.
      expect(finding.paragraph).toBe(finding.location.block! + 1);
      expect(text.stdout).toContain(`(paragraph ${finding.paragraph}, reference [${finding.location.label}])`);
    }
    for (const finding of findings.filter((f) => f.location.kind === 'field' || f.location.kind === 'article')) {
      expect(finding.paragraph).toBeNull();
    }
  }, RUNS);
});

describe('galley counts in words: one warning, two warnings', () => {
  it('pluralises the summary of galley check', () => {
    const dir = tempDir();
    const one = textFile(dir, 'one.md', '---\nbyline: Ana Writer\nsection: City\n---\n# Bridge reopens\n\nThe mayor said the bridge reopened.\n');
    const two = textFile(
      dir,
      'two.md',
      '---\nbyline: Ana Writer\nsection: City\n---\n# Bridge reopens\n\nThe mayor said the bridge reopened.\n\nKiev said so too.\n',
    );
    expect(galley(join(dir, 'data'), 'check', one).stdout).toMatch(/\n0 blocking, 1 warning, 0 notes\n$/);
    expect(galley(join(dir, 'data'), 'check', two).stdout).toMatch(/\n0 blocking, 2 warnings, 0 notes\n$/);
  }, RUNS);

  it('pluralises the article count of galley list and the target count of galley targets list', () => {
    const dir = newsroom();
    expect(galley(dir, '--user', 'ana', 'list').stdout).toBe('0 of 0 articles\n');
    galley(dir, '--user', 'ana', 'import', textFile(dir, 'a.txt', 'Bridge reopens\n\nThe bridge reopened on Monday.\n'));
    expect(galley(dir, '--user', 'ana', 'list').stdout).toMatch(/\n1 of 1 article\n$/);

    // A new newsroom has its folder target.
    expect(galley(dir, '--user', 'boss', 'targets', 'list').stdout).toMatch(/\n1 target\n$/);
    const added = galley(dir, '--user', 'boss', 'targets', 'add', 'Archive', '--kind', 'folder', '--path', join(dir, 'out'));
    expect(added.stderr).toBe('');
    expect(galley(dir, '--user', 'boss', 'targets', 'list').stdout).toMatch(/\n2 targets\n$/);
  }, RUNS);
});
