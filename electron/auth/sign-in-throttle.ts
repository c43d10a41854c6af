import type { Db } from '../db/connection';
import type { AuditLog } from '../audit/audit-log';
import { signInThrottlePolicy, type Attempt, type ThrottleCounters } from '../../shared/security/sign-in-throttle';

export type SignInThrottle = ReturnType<typeof signInThrottle>;

/**
 * The workstation's sign-in throttle (policy in shared/security/sign-in-throttle.ts): its
 * counts live in the library's `sign_in_attempts` table, written in the caller's
 * transaction, and each lockout is recorded in the audit log.
 */
export function signInThrottle(db: Db, audit: AuditLog, now: () => Date) {
  const read = db.prepare<[string], { failures: number; last_at: string }>('SELECT failures, last_at FROM sign_in_attempts WHERE key = ?');
  const write = db.prepare(`
    INSERT INTO sign_in_attempts (key, failures, last_at) VALUES (@key, @failures, @at)
    ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, last_at = excluded.last_at`);
  const clear = db.prepare('DELETE FROM sign_in_attempts WHERE key = ?');
  const counters: ThrottleCounters = {
    read(key) {
      const row = read.get(key);
      return row ? { failures: row.failures, lastAt: Date.parse(row.last_at) } : null;
    },
    write: (key, { failures, lastAt }) => write.run({ key, failures, at: new Date(lastAt).toISOString() }),
    clear: (key) => clear.run(key),
  };
  const policy = signInThrottlePolicy(counters, now);

  return {
    begin: policy.begin,
    succeeded: policy.succeeded,
    failed(attempt: Attempt): void {
      for (const lockout of policy.failed(attempt)) {
        audit.append({
          actor: { id: null, name: attempt.name },
          action: 'auth.lockedOut',
          details: { ...lockout.details, failures: lockout.failures, until: lockout.until },
        });
      }
    },
  };
}
