import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Starts the real backends with the scripts next to this folder and stops them again.
 * Each server runs in its own process group, so stopping it takes its workers too.
 */

const SCRIPTS = fileURLToPath(new URL('../backends/', import.meta.url));

/** Where the backends' installs are kept between runs (never inside the clone). */
export const backendsCache = (): string => process.env.GALLEY_BACKENDS_CACHE ?? join(homedir(), '.cache', 'galley-backends');

export interface GhostBackend {
  url: string;
  adminApiKey: string;
  pid: number;
  dir: string;
}

export interface WordPressBackend {
  url: string;
  user: string;
  applicationPassword: string;
  /** A Contributor: may not publish or upload (the "not allowed" case). */
  contributor: { user: string; applicationPassword: string };
  pid: number;
  dir: string;
}

/** A port nothing listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function runScript(script: string, args: string[], log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(SCRIPTS, script), ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GALLEY_BACKENDS_CACHE: backendsCache() } });
    let output = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) if (line.startsWith('[')) log(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} failed (${code}):\n${output.slice(-4000)}`))));
  });
}

const readPid = (file: string): number => Number(readFileSync(file, 'utf8').trim());

/** Runs a start script on a free port; if it fails, whatever it started is killed. Returns the port. */
async function startServer(script: string, dir: string, pidFile: string, log: (line: string) => void): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  try {
    await runScript(script, [dir, String(port)], log);
  } catch (error) {
    stopQuietly(join(dir, pidFile));
    throw error;
  }
  return port;
}

export async function startGhost(dir: string, log: (line: string) => void = console.log): Promise<GhostBackend> {
  const port = await startServer('ghost-up.sh', dir, 'ghost.pid', log);
  return {
    url: `http://127.0.0.1:${port}`,
    adminApiKey: readFileSync(join(dir, 'admin-key.txt'), 'utf8').trim(),
    pid: readPid(join(dir, 'ghost.pid')),
    dir,
  };
}

export async function startWordPress(dir: string, log: (line: string) => void = console.log): Promise<WordPressBackend> {
  const port = await startServer('wordpress-up.sh', dir, 'php.pid', log);
  const split = (text: string) => {
    const at = text.indexOf(':');
    return { user: text.slice(0, at), applicationPassword: text.slice(at + 1).trim() };
  };
  const admin = split(readFileSync(join(dir, 'app-password.txt'), 'utf8'));
  return {
    url: `http://127.0.0.1:${port}`,
    ...admin,
    contributor: split(readFileSync(join(dir, 'contributor-password.txt'), 'utf8')),
    pid: readPid(join(dir, 'php.pid')),
    dir,
  };
}

const alive = (pid: number): boolean => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGTERM to the server's process group, then SIGKILL if it has not gone within 10 s. */
export async function stopGroup(pid: number): Promise<void> {
  if (!Number.isInteger(pid) || pid <= 1) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 40 && alive(pid); i += 1) await new Promise((resolve) => setTimeout(resolve, 250));
  if (alive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Gone in between.
    }
  }
}

function stopQuietly(pidFile: string): void {
  try {
    const pid = readPid(pidFile);
    if (Number.isInteger(pid) && pid > 1) process.kill(-pid, 'SIGKILL');
  } catch {
    // Never started.
  }
}
