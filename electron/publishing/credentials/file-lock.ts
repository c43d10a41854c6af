import { open, readFile, rm, stat } from 'node:fs/promises';
import { GalleyError } from '../../../shared/contract/errors';

const RETRY_MS = 15;
const WAIT_MS = 10_000;
// Longer than any read-modify-write of a secrets file takes, so a live holder is never broken into.
const STALE_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function holderIsGone(text: string): boolean {
  const pid = Number.parseInt(text, 10);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** A lock left by a process that died holding it: its holder is gone, or it is older than any holder needs. */
async function isStale(lockPath: string): Promise<boolean> {
  try {
    const [stats, text] = await Promise.all([stat(lockPath), readFile(lockPath, 'utf8')]);
    return holderIsGone(text) || Date.now() - stats.mtimeMs > STALE_MS;
  } catch {
    // Released between our attempt and this look: simply try again.
    return false;
  }
}

/**
 * Runs `work` while holding `<file>.lock`, so that two processes (the app and the CLI, or
 * two hosts) reading, changing and rewriting one file do not drop each other's change.
 * The lock is a file created exclusively, which every platform and file system offers.
 */
export async function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const lockPath = `${file}.lock`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      try {
        await handle.writeFile(String(process.pid));
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isStale(lockPath)) {
        await rm(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new GalleyError('CONFLICT', `Another Galley process has been changing ${file} for too long; nothing was saved. Try again in a moment.`);
      }
      await sleep(RETRY_MS + Math.random() * RETRY_MS);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockPath, { force: true });
  }
}
