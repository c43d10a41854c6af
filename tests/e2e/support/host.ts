import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { CLI_PATH, REPO_ROOT } from './paths';

export interface RunningHost {
  /** An unused one-time address (each opens one window, once): every read takes the next. */
  readonly url: string;
  readonly origin: string;
  stop(): Promise<void>;
  /** SIGKILL, as a crash or a power cut would stop it: no shutdown code runs. */
  crash(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;
/** One-time addresses printed at start: more than any test opens windows. */
const ADDRESSES = 40;
const STOP_TIMEOUT_MS = 5_000;

/** Starts `galley serve` on a data directory and resolves once it prints its URL. */
export function startHost(dataDir: string): Promise<RunningHost> {
  const child = spawn(process.execPath, [CLI_PATH, 'serve', '--data-dir', dataDir, '--port', '0', '--addresses', String(ADDRESSES), '--json'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A key for the encrypted secrets file, as whoever runs a web host must give one for publishing credentials.
    env: { GALLEY_SECRET_KEY: 'e2e secrets key', ...process.env, NODE_ENV: 'production' },
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });

  return new Promise<RunningHost>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The host did not print its URL within ${START_TIMEOUT_MS} ms.\n${stderr}`));
    }, START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        return; // a log line, not the ready line
      }
      const { url, more } = parsed as { url?: unknown; more?: unknown };
      if (typeof url !== 'string') return;
      clearTimeout(timer);
      lines.close();
      child.stdout?.resume(); // keep draining so the host never blocks on a full pipe
      const addresses = [url, ...(Array.isArray(more) ? more.filter((u): u is string => typeof u === 'string') : [])];
      resolve({
        get url() {
          const next = addresses.shift();
          if (next === undefined) throw new Error(`The test opened more than ${ADDRESSES} windows on one host.`);
          return next;
        },
        origin: new URL(url).origin,
        stop: () => stopChild(child),
        crash: () => killChild(child),
      });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The host exited before it was ready (code ${code}, signal ${signal}).\n${stderr}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function killChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
