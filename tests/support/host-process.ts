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
  cookie: string;
  /** Calls a channel over HTTP as the signed-in browser would. */
  rpc(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `galley serve` (the built one, as a user runs it) on a data directory. */
export async function startHostProcess(dataDir: string): Promise<HostProcess> {
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
  return {
    child,
    url,
    origin: parsed.origin,
    cookie,
    async rpc(channel, input) {
      const res = await fetch(`${parsed.origin}/rpc`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ channel, input }),
      });
      return (await res.json()) as never;
    },
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
