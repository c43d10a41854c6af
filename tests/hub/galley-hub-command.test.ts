import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { HUB_TEST_PASSWORD, newHubDataDir, removeDataDirs, REPO_ROOT } from './support/hub-process';

const GALLEY = join(REPO_ROOT, 'dist', 'cli', 'galley.cjs');
/** The machine's own Node (20 here): `galley` runs on it and must find Node 22 for the hub by itself. */
const MACHINE_NODE = 'node';

function galley(args: string[], input = '') {
  const result = spawnSync(MACHINE_NODE, [GALLEY, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(removeDataDirs);

describe('galley hub (the command line, on the machine’s Node)', () => {
  it('adds people with the password from stdin, lists them, and disables one', () => {
    const data = newHubDataDir();
    const added = galley(['hub', '--data', data, 'user', 'add', '--name', 'Ada', '--display-name', 'Ada Admin', '--role', 'admin'], `${HUB_TEST_PASSWORD}\n`);
    expect(added).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Added ada \(admin\) as [0-9a-f-]{36}\n$/) });
    expect(galley(['hub', '--data', data, 'user', 'add', '--name', 'wren', '--display-name', 'Wren', '--role', 'writer'], `${HUB_TEST_PASSWORD}\n`).code).toBe(0);

    const refused = galley(['hub', '--data', data, 'user', 'add', '--name', 'shorty', '--display-name', 'S', '--role', 'writer'], 'short\n');
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringMatching(/password is not valid: a password has at least 8 characters/) });
    const again = galley(['hub', '--data', data, 'user', 'add', '--name', 'ada', '--display-name', 'Ada', '--role', 'admin'], `${HUB_TEST_PASSWORD}\n`);
    expect(again).toMatchObject({ code: 2, stderr: expect.stringMatching(/already a user named ada/) });

    expect(galley(['hub', '--data', data, 'user', 'disable', '--name', 'wren'])).toMatchObject({ code: 0, stdout: 'Disabled wren; 0 sessions ended\n' });
    const listed = galley(['hub', '--data', data, 'user', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.stdout.trim().split('\n').map((line) => line.split(/\s+/).slice(0, 3))).toEqual([
      ['ada', 'admin', 'active'],
      ['wren', 'writer', 'disabled'],
    ]);
    expect(galley(['hub', '--data', data, 'user', 'disable', '--name', 'nobody'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no user named nobody/) });
  });

  it('starts the hub, prints its address and store, and stops with exit 0 on SIGTERM', async () => {
    const data = newHubDataDir();
    const child = spawn(MACHINE_NODE, [GALLEY, 'hub', '--data', data, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`galley hub exited with ${code}`)));
      });
      expect(line).toMatch(new RegExp(`^Galley hub at http://127\\.0\\.0\\.1:\\d+ \\(store: ${join(data, 'hub.sqlite').replace(/[.]/g, '\\.')}\\)$`));
      const url = /at (\S+)/.exec(line)![1]!;
      expect(await (await fetch(`${url}/health`)).json()).toMatchObject({ ok: true });
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
