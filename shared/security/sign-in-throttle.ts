import { GalleyError } from '../contract/errors';

/**
 * The sign-in throttle's policy, shared by the workstation (counters in its SQLite file,
 * lockouts in its audit log) and the hub (its own counters): slows password guessing, per
 * account and per client, with a lock that doubles with each failure past the free ones.
 * An attempt is counted as a failure *before* its password is checked (and the count
 * cleared if it was right), so attempts sent all at once are counted as they arrive rather
 * than after the slow check: parallel guessing gains nothing.
 */

/** Who is counted: the account name tried (known or not, so the count tells nothing) and the client trying it. */
export interface Attempt {
  name: string;
  client: string;
}

export interface ThrottleCounter {
  failures: number;
  /** Milliseconds since the epoch of the last counted attempt. */
  lastAt: number;
}

/** Where the counts live. Calls are synchronous so that `begin` counts an attempt before anything else runs. */
export interface ThrottleCounters {
  read(key: string): ThrottleCounter | null;
  write(key: string, counter: ThrottleCounter): void;
  clear(key: string): void;
}

export interface Lockout {
  /** `{ name }` or `{ client }`: what was locked. */
  details: Record<string, string>;
  failures: number;
  until: string;
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

const countersOf = ({ name, client }: Attempt): Counter[] => [
  { key: `account:${name}`, free: ACCOUNT_FREE_FAILURES, details: { name } },
  { key: `client:${client}`, free: CLIENT_FREE_FAILURES, details: { client } },
];

function waitText(ms: number): string {
  const seconds = Math.ceil(ms / SECOND);
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

export type SignInThrottlePolicy = ReturnType<typeof signInThrottlePolicy>;

export function signInThrottlePolicy(store: ThrottleCounters, now: () => Date) {
  const failuresOf = (key: string, at: number): ThrottleCounter => {
    const counter = store.read(key);
    if (!counter || at - counter.lastAt >= FORGET_AFTER_MS) return { failures: 0, lastAt: 0 };
    return counter;
  };

  return {
    /**
     * Refuses the attempt (RATE_LIMITED) while a lock stands; otherwise counts it. Call
     * `succeeded` or `failed` once the password has been checked.
     */
    begin(attempt: Attempt): void {
      const at = now().getTime();
      let wait = 0;
      for (const counter of countersOf(attempt)) {
        const { failures, lastAt } = failuresOf(counter.key, at);
        wait = Math.max(wait, lastAt + lockMs(failures, counter.free) - at);
      }
      if (wait > 0) {
        throw new GalleyError('RATE_LIMITED', `Too many failed sign-ins. Wait ${waitText(wait)} and try again, or ask an admin.`);
      }
      for (const counter of countersOf(attempt)) {
        store.write(counter.key, { failures: failuresOf(counter.key, at).failures + 1, lastAt: at });
      }
    },

    succeeded(attempt: Attempt): void {
      for (const counter of countersOf(attempt)) store.clear(counter.key);
    },

    /** The attempt was wrong: it stays counted. Answers the locks it started, for the caller to record. */
    failed(attempt: Attempt): Lockout[] {
      const at = now().getTime();
      const lockouts: Lockout[] = [];
      for (const counter of countersOf(attempt)) {
        const { failures, lastAt } = failuresOf(counter.key, at);
        const lock = lockMs(failures, counter.free);
        if (lock > 0) lockouts.push({ details: counter.details, failures, until: new Date(lastAt + lock).toISOString() });
      }
      return lockouts;
    },
  };
}
