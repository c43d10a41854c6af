import type { Db } from '../db/connection';
import type { AuditLog } from '../audit/audit-log';
import { GalleyError } from '../../shared/contract/errors';

/** Who is counted: the account name tried (known or not, so the count tells nothing) and the client trying it. */
export interface Attempt {
  name: string;
  client: string;
}

interface Counter {
  key: string;
  /** Failures allowed before the first lock. A client may mistype several names; an account gets fewer tries. */
  free: number;
  details: Record<string, string>;
}

const SECOND = 1000;
const FIRST_LOCK_MS = 30 * SECOND;
const MAX_LOCK_MS = 15 * 60 * SECOND;
/** A day without attempts and the count starts again. */
const FORGET_AFTER_MS = 24 * 3600 * SECOND;
const ACCOUNT_FREE_FAILURES = 5;
const CLIENT_FREE_FAILURES = 20;

/** How long `failures` failures lock a counter with `free` free tries: doubling from 30 s, at most 15 minutes. */
export function lockMs(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(FIRST_LOCK_MS * 2 ** Math.min(failures - free, 20), MAX_LOCK_MS);
}

const counters = ({ name, client }: Attempt): Counter[] => [
  { key: `account:${name}`, free: ACCOUNT_FREE_FAILURES, details: { name } },
  { key: `client:${client}`, free: CLIENT_FREE_FAILURES, details: { client } },
];

function waitText(ms: number): string {
  const seconds = Math.ceil(ms / SECOND);
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

export type SignInThrottle = ReturnType<typeof signInThrottle>;

/**
 * Slows password guessing, per account and per client, with a lock that doubles with each
 * failure past the free ones. An attempt is counted as a failure *before* its password is
 * checked (and the count cleared if it was right), so attempts sent all at once are
 * counted as they arrive rather than after the slow check: parallel guessing gains nothing.
 */
export function signInThrottle(db: Db, audit: AuditLog, now: () => Date) {
  const read = db.prepare<[string], { failures: number; last_at: string }>('SELECT failures, last_at FROM sign_in_attempts WHERE key = ?');
  const write = db.prepare(`
    INSERT INTO sign_in_attempts (key, failures, last_at) VALUES (@key, @failures, @at)
    ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, last_at = excluded.last_at`);
  const clear = db.prepare('DELETE FROM sign_in_attempts WHERE key = ?');

  const failuresOf = (key: string, at: number): { failures: number; lastAt: number } => {
    const row = read.get(key);
    if (!row || at - Date.parse(row.last_at) >= FORGET_AFTER_MS) return { failures: 0, lastAt: 0 };
    return { failures: row.failures, lastAt: Date.parse(row.last_at) };
  };

  return {
    /**
     * Refuses the attempt while a lock stands; otherwise counts it (in the caller's
     * transaction). Call `succeeded` or `failed` once the password has been checked.
     */
    begin(attempt: Attempt): void {
      const at = now().getTime();
      let wait = 0;
      for (const counter of counters(attempt)) {
        const { failures, lastAt } = failuresOf(counter.key, at);
        wait = Math.max(wait, lastAt + lockMs(failures, counter.free) - at);
      }
      if (wait > 0) {
        throw new GalleyError('RATE_LIMITED', `Too many failed sign-ins. Wait ${waitText(wait)} and try again, or ask an admin.`);
      }
      for (const counter of counters(attempt)) {
        write.run({ key: counter.key, failures: failuresOf(counter.key, at).failures + 1, at: new Date(at).toISOString() });
      }
    },

    succeeded(attempt: Attempt): void {
      for (const counter of counters(attempt)) clear.run(counter.key);
    },

    /** The attempt was wrong: it stays counted; a counter it took past its free tries is recorded as a lockout. */
    failed(attempt: Attempt): void {
      const at = now().getTime();
      for (const counter of counters(attempt)) {
        const { failures, lastAt } = failuresOf(counter.key, at);
        const lock = lockMs(failures, counter.free);
        if (lock === 0) continue;
        audit.append({
          actor: { id: null, name: attempt.name },
          action: 'auth.lockedOut',
          details: { ...counter.details, failures, until: new Date(lastAt + lock).toISOString() },
        });
      }
    },
  };
}
