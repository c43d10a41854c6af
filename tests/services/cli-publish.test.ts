import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { BUILT_CLI } from '../support/host-process';
import { useGalley, TEST_PASSWORD } from '../support/galley';
import { bodyOfParagraphs } from '../support/bodies';
import { approvedArticle, newsroom } from '../support/publishing';

const newGalley = useGalley();

function galley(dataDir: string, user: string, env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [BUILT_CLI, '--data-dir', dataDir, '--user', user, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GALLEY_PASSWORD: TEST_PASSWORD, GALLEY_SECRET_KEY: '', GALLEY_TARGET_SECRET: '', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('galley publish and galley targets', () => {
  it('publishes an approved article to a named target as a signed-in desk chief, and says where', async () => {
    const g = newGalley();
    const n = newsroom(g);
    const id = await approvedArticle(n, bodyOfParagraphs('The council voted 7 to 2.'));
    g.galley.close();

    const writer = galley(g.dataDir, 'writer', {}, 'publish', id, '--target', 'Folder');
    expect(writer.code).toBe(2);
    expect(writer.stderr).toMatch(/Only a desk chief can publish/);

    const unknown = galley(g.dataDir, 'dee', {}, 'publish', id, '--target', 'Nowhere');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('there is no publishing target called “Nowhere” (there are: Folder)');

    const published = galley(g.dataDir, 'dee', {}, '--json', 'publish', id, '--target', 'folder');
    expect(published.stderr).toBe('');
    expect(published.code).toBe(0);
    const out = JSON.parse(published.stdout) as { published: boolean; jobs: { targetName: string; state: string; url: string | null }[] };
    expect(out.published).toBe(true);
    expect(out.jobs).toEqual([expect.objectContaining({ targetName: 'Folder', state: 'done', url: expect.stringMatching(/harbour-bridge\.html$/) })]);
    expect(existsSync(join(g.dataDir, 'published', 'harbour-bridge.html'))).toBe(true);

    const listed = galley(g.dataDir, 'dee', {}, 'targets', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^Folder {2}folder {2}on {2}.*published$/m);
  });

  it('adds a webhook target only with its secret and a key to keep it, and tests it in plain words', async () => {
    // A port where nothing listens: one just freed.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const hook = `http://127.0.0.1:${port}/hook`;
    const g = newGalley();
    g.galley.close();
    const noSecret = galley(g.dataDir, 'admin', {}, 'targets', 'add', 'Wire', '--kind', 'webhook', '--url', hook);
    expect(noSecret.code).toBe(2);
    expect(noSecret.stderr).toContain('put it in GALLEY_TARGET_SECRET');
    const noKey = galley(g.dataDir, 'admin', { GALLEY_TARGET_SECRET: 's3cret' }, 'targets', 'add', 'Wire', '--kind', 'webhook', '--url', hook);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('Set GALLEY_SECRET_KEY');
    const key = { GALLEY_SECRET_KEY: 'newsroom key', GALLEY_TARGET_SECRET: 's3cret' };
    const added = galley(g.dataDir, 'admin', key, 'targets', 'add', 'Wire', '--kind', 'webhook', '--url', hook);
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/^Added the webhook target “Wire”/);
    const tested = galley(g.dataDir, 'admin', key, 'targets', 'test', 'Wire');
    expect(tested.code).toBe(1);
    expect(tested.stdout).toMatch(/refused the connection: is the site running\?/);
  });
});
