import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { waitFor } from './wait';

/**
 * A real PostgreSQL for one test file: its own cluster in a temp dir, listening on
 * 127.0.0.1 on a free port, password-protected like a production one (so a test can see
 * that the password never leaks into an error). Faults are real: `kill()` is a SIGKILL of
 * the server and its backends, `restart()` a fast shutdown and start on the same data.
 */
export interface TestPostgres {
  /** The test database's URL, with its password. */
  readonly url: string;
  readonly password: string;
  /** The cluster's temp dir (data, unix socket), removed by `stop()`. */
  readonly dir: string;
  /** A fresh, empty database on the same server (for a test that needs its own). */
  createDatabase(): Promise<string>;
  /** Fast shutdown (or a start after `kill()`), then starts again on the same port and data. */
  restart(): Promise<void>;
  /** SIGKILL of the postmaster and every backend, as in a crash; `restart()` recovers. */
  kill(): Promise<void>;
  /** Stops the server and removes its files. */
  stop(): Promise<void>;
}

const INSTALL_HINT =
  'PostgreSQL is not installed, and the hub tests need a real one: install it with ' +
  '`apt-get install postgresql` (Debian/Ubuntu; .ci/run does it), or put its bin directory in PATH via `pg_config`.';
const STARTUP_LIMIT_MS = 60_000;
const SHUTDOWN_LIMIT_MS = 60_000;

/** The binaries: the highest /usr/lib/postgresql/<version>/bin, else `pg_config --bindir`. */
export function findPostgresBinaries(root = '/usr/lib/postgresql', pgConfig = 'pg_config'): string {
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => /^\d+(\.\d+)?$/.test(v) && existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0] !== undefined) return join(root, versions[0], 'bin');
  }
  try {
    const dir = execFileSync(pgConfig, ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (existsSync(join(dir, 'initdb'))) return dir;
  } catch {
    // no pg_config either: fall through to the hint
  }
  throw new Error(INSTALL_HINT);
}

/** PostgreSQL refuses to run as root: as root, the server runs as the `postgres` system user. */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error(`We run as root, and PostgreSQL will not; the \`postgres\` system user is missing. ${INSTALL_HINT}`);
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port on 127.0.0.1');
  return address.port;
}

function run(bin: string, args: string[], user: { uid: number; gid: number } | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], ...(user ?? {}) });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${bin} exited with ${code}:\n${output}`))));
  });
}

/** The processes whose parent is `pid` (PostgreSQL's backends and helpers). */
function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name is in parentheses and may hold spaces: the ppid follows the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = findPostgresBinaries();
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'galley-pg-'));
  if (user !== null) chownSync(dir, user.uid, user.gid);
  const dataDir = join(dir, 'data');
  const password = randomBytes(16).toString('hex');
  const pwfile = join(dir, 'pwfile');
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (user !== null) chownSync(pwfile, user.uid, user.gid);
  try {
    await run(
      join(bin, 'initdb'),
      ['-D', dataDir, '-U', 'postgres', `--pwfile=${pwfile}`, '--auth-local=trust', '--auth-host=scram-sha-256',
        '-E', 'UTF8', '--no-locale', '--no-instructions'],
      user,
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  rmSync(pwfile);

  const port = await freePort();
  const serverUrl = (database: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  let child: ChildProcess | null = null;
  let stderr = '';
  // A test process that ends without stop() (a crash, a timeout) must not leave a server behind.
  const leaveNothing = () => {
    if (child?.pid !== undefined) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', leaveNothing);

  async function start(): Promise<void> {
    stderr = '';
    // fsync stays on: the hub tests check durability across crashes. The rest is sized small.
    const started = spawn(
      join(bin, 'postgres'),
      ['-D', dataDir, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on',
        '-c', 'shared_buffers=16MB', '-c', 'max_connections=60', '-c', 'max_wal_size=64MB'],
      { stdio: ['ignore', 'ignore', 'pipe'], ...(user ?? {}) },
    );
    child = started;
    started.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-8_000)));
    let exited = false;
    started.once('exit', () => (exited = true));
    await waitFor('PostgreSQL to accept connections', STARTUP_LIMIT_MS, async () => {
      if (exited) throw new Error(`PostgreSQL exited while starting:\n${stderr}`);
      return canConnect(serverUrl('postgres'));
    });
  }

  async function halt(signal: 'SIGINT' | 'SIGKILL'): Promise<void> {
    const running = child;
    if (running === null || running.pid === undefined) return;
    const pid = running.pid;
    const gone = running.exitCode !== null || running.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => running.once('exit', () => resolve()));
    // A crash takes the backends with it; otherwise they would hold the shared memory and the
    // port. The postmaster is stopped first so that it cannot fork one after we list them.
    let backends: number[] = [];
    if (signal === 'SIGKILL') {
      running.kill('SIGSTOP');
      backends = childrenOf(pid);
      for (const backend of backends) {
        try {
          process.kill(backend, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    running.kill(signal);
    await Promise.race([gone, new Promise((r) => setTimeout(r, SHUTDOWN_LIMIT_MS))]);
    await waitFor('PostgreSQL to exit', SHUTDOWN_LIMIT_MS, () => !alive(pid) && backends.every((b) => !alive(b)));
    child = null;
  }

  let databases = 0;
  async function createDatabase(): Promise<string> {
    const name = `galley_test_${++databases}`;
    const admin = new pg.Client({ connectionString: serverUrl('postgres') });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    return serverUrl(name);
  }

  try {
    await start();
    const url = await createDatabase();
    return {
      url,
      password,
      dir,
      createDatabase,
      async restart() {
        await halt('SIGINT');
        await start();
      },
      kill: () => halt('SIGKILL'),
      async stop() {
        process.removeListener('exit', leaveNothing);
        try {
          await halt('SIGINT');
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    process.removeListener('exit', leaveNothing);
    await halt('SIGKILL').catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
