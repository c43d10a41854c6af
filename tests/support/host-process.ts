import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const BUILT_CLI = join(REPO_ROOT, 'dist', 'cli', 'galley.cjs');

export interface HostProcess {
  child: ChildProcess;
  url: string;
  origin: string;
  /** The access cookie of this run (the token the host printed). */
  cookie: string;
  /** The session cookie (`galley_session=…`) the calls carry, once signed in; it outlives restarts. */
  session: string | null;
  /** Calls a channel over HTTP as the signed-in browser would. */
  rpc(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  /** Signs in, keeping the session cookie the host sets. */
  signIn(name: string, password: string): Promise<string>;
  /** On a new data directory: creates the first admin and a writer, and signs in as the writer. */
  setUpWriter(): Promise<string>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export const HOST_TEST_PASSWORD = 'correct horse battery staple';

/** Starts `galley serve` (the built one, as a user runs it) on a data directory. */
export async function startHostProcess(dataDir: string, session: string | null = null): Promise<HostProcess> {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run \`npm run build\` first (npm test does).`);
  const child = spawn(process.execPath, [BUILT_CLI, '--data-dir', dataDir, 'serve', '--port', '0', '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`galley serve exited with ${code}: ${stderr}`)));
  });
  const parsed = new URL(url);
  const cookie = `galley_token=${parsed.searchParams.get('token')}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const post = (channel: string, input: unknown, current: string | null) =>
    fetch(`${parsed.origin}/rpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: current === null ? cookie : `${cookie}; ${current}` },
      body: JSON.stringify({ channel, input }),
    });
  const host: HostProcess = {
    child,
    url,
    origin: parsed.origin,
    cookie,
    session,
    async rpc(channel, input) {
      return (await (await post(channel, input, host.session)).json()) as never;
    },
    async signIn(name, password) {
      const res = await post('auth.signIn', { name, password }, null);
      const set = res.headers.get('set-cookie');
      if (!res.ok || set === null) throw new Error(`signing in as ${name} failed: ${await res.text()}`);
      host.session = set.split(';')[0]!;
      return host.session;
    },
    async setUpWriter() {
      const admin = await post('auth.setup', { name: 'admin', displayName: 'Ada Admin', password: HOST_TEST_PASSWORD }, null);
      const adminSession = admin.headers.get('set-cookie')?.split(';')[0] ?? null;
      const created = (await (
        await post('users.create', { name: 'writer', displayName: 'Wren Writer', role: 'writer', password: HOST_TEST_PASSWORD }, adminSession)
      ).json()) as { ok: boolean };
      if (!created.ok) throw new Error('could not create the writer');
      return host.signIn('writer', HOST_TEST_PASSWORD);
    },
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  return host;
}
