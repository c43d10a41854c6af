import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openGalley } from '../../electron/services';
import { BUILT_CLI } from '../support/host-process';
import { seedSession, TEST_PASSWORD, TEST_PASSWORD_PARAMS } from '../support/seed-session';
import { useTempDirs } from '../support/temp-dir';
import { AGENCY, FIXTURE_IMAGES, htmlAsJpeg, truncatedJpeg } from '../unit/images/fixtures';

const tempDir = useTempDirs();

/** A data directory with a writer "ana" (password TEST_PASSWORD). */
function newsroom(): string {
  const dir = tempDir();
  const g = openGalley({ dataDir: dir, log: () => {}, passwordParams: TEST_PASSWORD_PARAMS });
  seedSession(g, 'ana', 'writer', 'Ana Writer');
  g.close();
  return dir;
}

/** The built `galley` command as ana, as a script runs it. */
function galley(dataDir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BUILT_CLI, '--data-dir', dataDir, '--user', 'ana', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GALLEY_PASSWORD: TEST_PASSWORD },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('galley assets add', () => {
  it('prints the asset, its rights as read from its metadata, and its findings as JSON', () => {
    const dir = newsroom();
    const r = galley(dir, 'assets', 'add', join(FIXTURE_IMAGES, AGENCY), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['asset', 'rights', 'credit', 'findings']);
    expect(out.asset).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), mime: 'image/jpeg', width: 527, height: 350 });
    expect(out.rights).toEqual({
      creator: 'Julie Doe',
      creditLine: 'Mugwum Press',
      source: 'Julie Doe / Mugwum Press',
      sourceUrl: '',
      copyrightNotice: '©2009 Julie Doe / Mugwum Press, all rights reserved',
      webStatement: 'http://www.riecks.com/copyright.html',
      licensor: 'Mugwum Press',
      licensorUrl: 'http://www.mugwum.com',
      licence: null,
      usageTerms: expect.stringMatching(/^Image to be used One-time only/),
      restrictions: 'Newsmagazines Out',
      digitalSourceType: '',
      aiGenerated: false,
    });
    expect(out.credit).toBe('Image by Julie Doe, via Mugwum Press');
    expect(out.findings).toContainEqual(expect.objectContaining({ code: 'IMAGE_RESTRICTION', severity: 'warn', message: expect.stringContaining('Newsmagazines Out') }));
  });

  it('prints a licence it recognised as {id, url}', () => {
    const dir = newsroom();
    const r = galley(dir, '--json', 'assets', 'add', join(FIXTURE_IMAGES, 'BonTonARTSTORplusIPTC.jpg'));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { rights: { licence: unknown } }).rights.licence).toEqual({
      id: 'pdm-1.0',
      url: 'https://creativecommons.org/publicdomain/mark/1.0/',
    });
  });

  it('exits 2 with the reason on stderr for a file that is not an image, a damaged one, or none', () => {
    const dir = newsroom();
    const html = join(dir, 'holiday.jpg');
    writeFileSync(html, htmlAsJpeg());
    const cut = join(dir, 'cut.jpg');
    writeFileSync(cut, truncatedJpeg());
    for (const [file, reason] of [
      [html, /“holiday\.jpg” is not an image: it is a web page \(HTML\)/],
      [cut, /“cut\.jpg” is damaged and cannot be read/],
      [join(dir, 'missing.jpg'), /cannot read .*missing\.jpg: no such file/],
    ] as const) {
      const r = galley(dir, 'assets', 'add', file, '--json');
      expect(r.code, file).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(reason);
    }
  });
});
