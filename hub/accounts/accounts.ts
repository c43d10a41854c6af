import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DEFAULT_SCRYPT_PARAMS, hashPassword, verifyPassword, type PasswordHash, type ScryptParams } from '../../shared/node/passwords';
import { DisplayNameSchema, PasswordSchema, UserNameSchema } from '../../shared/domain/user';
import type { Role } from '../../shared/domain/session';
import type { HubAccount } from '../../shared/contract/hub';
import { GalleyError } from '../../shared/contract/errors';
import { signInThrottlePolicy, type ThrottleCounter } from '../../shared/security/sign-in-throttle';
import type { HubStore, HubUser } from '../store/hub-store';
import { parseOrThrow } from '../validate';
import { concurrencyLimit } from './concurrency-limit';

/** Password checks at once: as many as the small machines a hub runs on have cores. */
const PASSWORD_CHECKS_AT_ONCE = 2;

/**
 * A hub session lasts this long from sign-in. Long, because a workstation keeps working
 * offline for days and should sync when it comes back without asking for the password.
 */
export const HUB_SESSION_MS = 30 * 24 * 3_600_000;

/** The same words for a wrong password, an unknown name and a disabled account, so none of them is told apart. */
export const SIGN_IN_REFUSED = 'That name and password do not match an active account on this hub. Check them, or ask the hub’s admin.';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const accountOf = (user: HubUser): HubAccount => ({ id: user.id, name: user.name, displayName: user.displayName, role: user.role });

export interface HubGrant {
  token: string;
  expiresAt: string;
  account: HubAccount;
}

export interface HubAccountsOptions {
  now?: () => Date;
  passwordParams?: ScryptParams;
  /** Told each lock the throttle starts (the hub logs it; never a password). */
  onLockout?: (what: Record<string, string>, until: string) => void;
}

export type HubAccounts = ReturnType<typeof hubAccounts>;

/** The hub's people: adding, listing and disabling them (the admin commands), signing in, and tokens back to people. */
export function hubAccounts(store: HubStore, { now = () => new Date(), passwordParams = DEFAULT_SCRYPT_PARAMS, onLockout }: HubAccountsOptions = {}) {
  // In memory: a restart forgets the counts, which only an admin of the hub's machine can cause.
  const counts = new Map<string, ThrottleCounter>();
  const throttle = signInThrottlePolicy(
    { read: (key) => counts.get(key) ?? null, write: (key, counter) => counts.set(key, counter), clear: (key) => counts.delete(key) },
    now,
  );
  let dummyHash: Promise<PasswordHash> | null = null;
  const checkPassword = concurrencyLimit(PASSWORD_CHECKS_AT_ONCE);

  async function userNamed(name: string): Promise<HubUser> {
    const user = await store.findUserByName(parseOrThrow(UserNameSchema, name, 'name'));
    if (!user) throw new GalleyError('NOT_FOUND', `There is no user named ${name} on this hub.`);
    return user;
  }

  /** The enabled person a session (by its token hash) stands for: an open connection keeps the hash, never the token. */
  async function userOfSession(tokenHash: string): Promise<HubUser | null> {
    const session = await store.findSession(tokenHash);
    if (!session || Date.parse(session.expiresAt) <= now().getTime()) return null;
    const user = await store.findUserById(session.userId);
    return user && !user.disabled ? user : null;
  }

  return {
    async addUser(input: { name: string; displayName: string; role: Role; password: string }): Promise<HubUser> {
      const name = parseOrThrow(UserNameSchema, input.name, 'name');
      const displayName = parseOrThrow(DisplayNameSchema, input.displayName, 'display name');
      const password = parseOrThrow(PasswordSchema, input.password, 'password');
      // Checked before the slow hash; the store refuses a name taken meanwhile (CONFLICT) all the same.
      if (await store.findUserByName(name)) throw new GalleyError('CONFLICT', `There is already a user named ${name} on this hub.`);
      const passwordHash = JSON.stringify(await hashPassword(password, passwordParams));
      return store.createUser({ id: randomUUID(), name, displayName, role: input.role, passwordHash });
    },

    listUsers: () => store.listUsers(),

    /**
     * An admin's change to a person (the Users screen of a joined workstation). The same
     * rules as the workstation's own: nobody disables themselves, and the hub keeps one
     * active admin. Disabling someone or giving them a new password ends their sessions.
     */
    async changeUser(actor: HubUser, id: string, change: { displayName?: string; role?: Role; disabled?: boolean; password?: string }): Promise<HubUser> {
      const current = await store.findUserById(id);
      if (!current) throw new GalleyError('NOT_FOUND', 'There is no such user on this hub.');
      const next = { role: change.role ?? current.role, disabled: change.disabled ?? current.disabled };
      if (next.disabled && !current.disabled && current.id === actor.id) throw new GalleyError('CONFLICT', 'You cannot disable your own account.');
      const losesAdmin = current.role === 'admin' && !current.disabled && (next.role !== 'admin' || next.disabled);
      if (losesAdmin && (await store.listUsers()).filter((u) => u.role === 'admin' && !u.disabled).length <= 1) {
        throw new GalleyError('CONFLICT', 'The hub needs at least one active admin: make someone else an admin first.');
      }
      const password = change.password === undefined ? undefined : parseOrThrow(PasswordSchema, change.password, 'password');
      const updated = await store.updateUser(id, {
        ...(change.displayName !== undefined ? { displayName: parseOrThrow(DisplayNameSchema, change.displayName, 'display name') } : {}),
        ...(change.role !== undefined ? { role: change.role } : {}),
        ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
        ...(password !== undefined ? { passwordHash: JSON.stringify(await hashPassword(password, passwordParams)) } : {}),
      });
      if (!updated) throw new GalleyError('NOT_FOUND', 'There is no such user on this hub.');
      if ((next.disabled && !current.disabled) || password !== undefined) await store.deleteSessionsOf(id);
      return updated;
    },

    /** Disables the account and ends its sessions: its tokens stop opening documents at once. */
    async disableUser(name: string): Promise<{ user: HubUser; sessionsEnded: number }> {
      const found = await userNamed(name);
      const user = (await store.updateUser(found.id, { disabled: true })) ?? found;
      return { user, sessionsEnded: await store.deleteSessionsOf(user.id) };
    },

    /** `client` names who is trying (their address), for the per-client count. */
    async signIn(name: string, password: string, client: string): Promise<HubGrant> {
      const folded = name.trim().toLowerCase();
      const attempt = { name: folded.slice(0, 100), client: client.slice(0, 100) };
      throttle.begin(attempt);
      const stored = UserNameSchema.safeParse(folded).success ? await store.findUserByName(folded) : null;
      let matches = false;
      if (stored) {
        matches = await checkPassword(() => verifyPassword(password, JSON.parse(stored.passwordHash) as PasswordHash));
      } else {
        // Spend the same time on an unknown name, so timing does not tell which names exist.
        dummyHash ??= hashPassword(randomBytes(16).toString('hex'), passwordParams);
        const dummy = await dummyHash;
        await checkPassword(() => verifyPassword(password, dummy));
      }
      if (!stored || !matches || stored.disabled) {
        for (const lockout of throttle.failed(attempt)) onLockout?.(lockout.details, lockout.until);
        throw new GalleyError('UNAUTHENTICATED', SIGN_IN_REFUSED);
      }
      throttle.succeeded(attempt);
      const token = randomBytes(32).toString('base64url');
      const at = now();
      const expiresAt = new Date(at.getTime() + HUB_SESSION_MS).toISOString();
      await store.createSession({ tokenHash: hashToken(token), userId: stored.id, createdAt: at.toISOString(), expiresAt });
      return { token, expiresAt, account: accountOf(stored) };
    },

    /** The enabled person a token stands for, or null when it is unknown, expired or theirs no longer. */
    async userOfToken(token: string | null | undefined): Promise<HubUser | null> {
      if (!token || token.length > 200) return null;
      return userOfSession(hashToken(token));
    },

    userOfSession,
  };
}
