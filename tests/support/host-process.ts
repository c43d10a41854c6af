import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { OPEN_WINDOW_PATH, WINDOW_HEADER } from '../../shared/contract/web-host';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const BUILT_CLI = join(REPO_ROOT, 'dist', 'cli', 'galley.cjs');

export interface Credentials {
  name: string;
  password: string;
}

export interface HostProcess {
  child: ChildProcess;
  /** The first address the host printed: this helper's own window has spent it. */
  url: string;
  origin: string;
  /** More one-time addresses (`serve --addresses`), each for one browser tab. */
  addresses: string[];
  /** Calls a channel over HTTP as this helper's window (signed in by `signIn`). */
  rpc(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  /** Signs in in this helper's window (`key` another window's, such as a browser tab's). */
  signIn(name: string, password: string, key?: string): Promise<void>;
  /** On a new data directory: creates the first admin and a writer, and signs in as the writer. */
  setUpWriter(): Promise<Credentials>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export const HOST_TEST_PASSWORD = 'correct horse battery staple';

/**
 * Starts `galley serve` (the built one, as a user runs it) on a data directory, with a window
 * of its own, signed in as `signedIn` when given: a restarted host forgets its windows, so
 * whoever was signed in signs in again.
 */
export async function startHostProcess(dataDir: string, signedIn: Credentials | null = null): Promise<HostProcess> {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run \`npm run build\` first (npm test does).`);
  const child = spawn(process.execPath, [BUILT_CLI, '--data-dir', dataDir, 'serve', '--port', '0', '--addresses', '20', '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const ready = await new Promise<{ url: string; more: string[] }>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve(JSON.parse(line) as { url: string; more: string[] }));
    child.once('exit', (code) => reject(new Error(`galley serve exited with ${code}: ${stderr}`)));
  });
  const parsed = new URL(ready.url);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const opened = (await (
    await fetch(`${parsed.origin}${OPEN_WINDOW_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: parsed.searchParams.get('token') }),
    })
  ).json()) as { value: { key: string } };
  const ownKey = opened.value.key;
  const post = async (channel: string, input: unknown, key = ownKey) =>
    (await (
      await fetch(`${parsed.origin}/rpc`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [WINDOW_HEADER]: key },
        body: JSON.stringify({ channel, input }),
      })
    ).json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  const host: HostProcess = {
    child,
    url: ready.url,
    origin: parsed.origin,
    addresses: [...ready.more],
    rpc: (channel, input) => post(channel, input),
    async signIn(name, password, key = ownKey) {
      const answer = await post('auth.signIn', { name, password }, key);
      if (!answer.ok) throw new Error(`signing in as ${name} failed: ${JSON.stringify(answer.error)}`);
    },
    async setUpWriter() {
      const admin = await post('auth.setup', { name: 'admin', displayName: 'Ada Admin', password: HOST_TEST_PASSWORD });
      if (!admin.ok) throw new Error('could not set up the first admin');
      const created = await post('users.create', { name: 'writer', displayName: 'Wren Writer', role: 'writer', password: HOST_TEST_PASSWORD });
      if (!created.ok) throw new Error('could not create the writer');
      const writer = { name: 'writer', password: HOST_TEST_PASSWORD };
      await host.signIn(writer.name, writer.password);
      return writer;
    },
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  if (signedIn !== null) await host.signIn(signedIn.name, signedIn.password);
  return host;
}
