import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { AuditLog } from '../audit/audit-log';
import { GalleyError } from '../../shared/contract/errors';
import type { Session } from '../../shared/domain/session';
import type { AuthGrant, AuthStatus, User } from '../../shared/domain/user';
import { DEFAULT_SCRYPT_PARAMS, hashPassword, verifyPassword, type PasswordHash, type ScryptParams } from '../../shared/node/passwords';
import type { SessionRepository } from './session-repository';
import type { UserRepository } from './user-repository';
import { signInThrottle } from './sign-in-throttle';
import type { Membership } from '../../shared/contract/channels/newsroom';
import type { HubSignIn } from './hub-sign-in';

export interface AuthServiceDeps {
  db: Db;
  users: UserRepository;
  sessions: SessionRepository;
  audit: AuditLog;
  now: () => Date;
  passwordParams?: ScryptParams;
  /** A session ends after this long without a request. */
  sessionIdleMs?: number;
  /** …and after this long in any case, so a forgotten window does not stay signed in for ever. */
  sessionMaxMs?: number;
  /** A joined workstation signs people in through its hub (electron/auth/hub-sign-in.ts). */
  newsroom?: { membership: () => Membership | null; signIn: HubSignIn };
}

const HOUR = 3_600_000;
export const DEFAULT_SESSION_IDLE_MS = 12 * HOUR;
export const DEFAULT_SESSION_MAX_MS = 7 * 24 * HOUR;
/** Refreshing last_seen on every request would be a disk write per call; once a minute is enough. */
const TOUCH_INTERVAL_MS = 60_000;

const SIGN_IN_REFUSED = 'That name and password do not match an active account. Check them, or ask an admin.';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export type AuthService = ReturnType<typeof authService>;

/** First-run setup, sign-in and sign-out, and turning a transport's token back into a session. */
export function authService({
  db,
  users,
  sessions,
  audit,
  now,
  passwordParams = DEFAULT_SCRYPT_PARAMS,
  sessionIdleMs = DEFAULT_SESSION_IDLE_MS,
  sessionMaxMs = DEFAULT_SESSION_MAX_MS,
  newsroom,
}: AuthServiceDeps) {
  const throttle = signInThrottle(db, audit, now);
  let dummyHash: Promise<PasswordHash> | null = null;

  const expiry = (createdAt: number, at: number) => new Date(Math.min(at + sessionIdleMs, createdAt + sessionMaxMs)).toISOString();

  /** Inside a transaction: a new session for `user`, recorded in the audit log. */
  function issue(user: User, action: 'auth.setup' | 'auth.signIn'): AuthGrant {
    const token = randomBytes(32).toString('base64url');
    const at = now();
    const expiresAt = expiry(at.getTime(), at.getTime());
    sessions.removeExpired(at.toISOString());
    sessions.insert(hashToken(token), user.id, at.toISOString(), expiresAt);
    audit.append({ actor: { id: user.id, name: user.displayName }, action });
    return { session: { userId: user.id, displayName: user.displayName, role: user.role }, expiresAt, token };
  }

  /** Solo mode: the password against this workstation's own verifier. */
  async function checkLocally(folded: string, password: string): Promise<User> {
    const stored = folded === '' ? null : users.findByName(folded);
    let matches = false;
    if (stored) {
      matches = await verifyPassword(password, stored.password);
    } else {
      // Spend the same time on an unknown name, so timing does not tell which names exist.
      dummyHash ??= hashPassword(randomBytes(16).toString('hex'), passwordParams);
      await verifyPassword(password, await dummyHash);
    }
    if (!stored || !matches || stored.user.disabled) throw new GalleyError('UNAUTHENTICATED', SIGN_IN_REFUSED);
    return stored.user;
  }

  return {
    status(session: Session | null): AuthStatus {
      const membership = newsroom?.membership() ?? null;
      // Joined, the sign-in screen shows even before anyone exists here: people are on the hub.
      if (membership !== null) return { hasUsers: true, session, hub: membership.hub };
      return { hasUsers: users.count() > 0, session };
    },

    /** The first admin, on first run only: once anyone exists, people are added by an admin. */
    async setup(input: { name: string; displayName: string; password: string }): Promise<AuthGrant> {
      if (users.count() > 0) throw new GalleyError('FORBIDDEN', 'Galley is already set up: sign in, or ask an admin for an account.');
      const password = await hashPassword(input.password, passwordParams);
      return db
        .transaction((): AuthGrant => {
          // Checked again under the write lock: two first runs at once make one admin.
          if (users.count() > 0) throw new GalleyError('FORBIDDEN', 'Galley is already set up: sign in, or ask an admin for an account.');
          const user = users.insert({
            id: randomUUID(),
            name: input.name,
            displayName: input.displayName,
            role: 'admin',
            password,
            now: now().toISOString(),
          });
          audit.append({
            actor: { id: user.id, name: user.displayName },
            action: 'user.create',
            details: { userId: user.id, name: user.name, role: user.role, firstRun: true },
          });
          return issue(user, 'auth.setup');
        })
        .immediate();
    },

    /** `client` names who is trying (a browser window, the command line), for the per-client count. */
    async signIn(name: string, password: string, client: string): Promise<AuthGrant> {
      const folded = name.trim().toLowerCase();
      const attempt = { name: folded.slice(0, 100), client: client.slice(0, 100) };
      db.transaction(() => throttle.begin(attempt)).immediate();
      const membership = newsroom?.membership() ?? null;
      let user: User;
      try {
        user = newsroom !== undefined && membership !== null ? await newsroom.signIn.signIn(membership, folded, password) : await checkLocally(folded, password);
      } catch (error) {
        // Only a refused name or password counts as a guess; a hub that does not answer is no one's fault.
        if (error instanceof GalleyError && error.code === 'UNAUTHENTICATED') {
          const known = folded === '' ? null : users.findByName(folded);
          db.transaction(() => {
            audit.append({
              actor: { id: known?.user.id ?? null, name: known?.user.displayName ?? attempt.name },
              action: 'auth.signInFailed',
              details: { name: attempt.name, ...(membership !== null ? { hub: membership.hub.url } : {}) },
            });
            throttle.failed(attempt);
          }).immediate();
        }
        throw error;
      }
      return db
        .transaction(() => {
          throttle.succeeded(attempt);
          return issue(user, 'auth.signIn');
        })
        .immediate();
    },

    signOut(session: Session, token: string | null): void {
      db.transaction(() => {
        if (token !== null) sessions.remove(hashToken(token));
        audit.append({ actor: { id: session.userId, name: session.displayName }, action: 'auth.signOut' });
      }).immediate();
    },

    /** The session a transport's token stands for, or null when it is unknown, ended or expired. */
    resolve(token: string | null): Session | null {
      if (token === null || token === '' || token.length > 200) return null;
      const tokenHash = hashToken(token);
      const stored = sessions.find(tokenHash);
      if (!stored) return null;
      const at = now().getTime();
      if (Date.parse(stored.expiresAt) <= at) {
        sessions.remove(tokenHash);
        return null;
      }
      if (at - Date.parse(stored.lastSeenAt) >= TOUCH_INTERVAL_MS) {
        sessions.touch(tokenHash, new Date(at).toISOString(), expiry(Date.parse(stored.createdAt), at));
      }
      return stored.session;
    },
  };
}
