import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BUILT_CLI } from '../support/host-process';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

/** Runs the built `galley` command as a script would. */
function galley(dataDir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BUILT_CLI, '--data-dir', dataDir, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('galley command', () => {
  it('imports Markdown, lists it as JSON and exports it as HTML, Markdown and JSON', () => {
    const dir = tempDir();
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

    const out = join(dir, 'out.html');
    expect(galley(dir, 'export', id, '--format', 'html', '--output', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Bridge reopens');
  });

  it.each([
    ['a missing file', ['import', '/nonexistent/story.md'], /no such file/],
    ['an unsupported file type', ['import', 'PLACEHOLDER.pdf'], /cannot import/],
    ['an unknown article', ['export', '6f1c8a52-3b7e-4a39-9d6c-2f1f0e8b4a11', '--format', 'html'], /does not exist/],
    ['a malformed id', ['export', 'not-an-id', '--format', 'html'], /Invalid input/],
    ['an unknown format', ['export', '6f1c8a52-3b7e-4a39-9d6c-2f1f0e8b4a11', '--format', 'pdf'], /Allowed choices/],
    ['an unknown command', ['publish-everything'], /unknown command/],
    ['a non-numeric limit', ['list', '--limit', 'ten'], /whole number/],
  ])('exits 2 with a message on stderr for %s', (_what, args, message) => {
    const dir = tempDir();
    const pdf = join(dir, 'PLACEHOLDER.pdf');
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
