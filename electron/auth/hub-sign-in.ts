import type { Db } from '../db/connection';
import type { AuditLog } from '../audit/audit-log';
import { GalleyError, isGalleyError } from '../../shared/contract/errors';
import type { HubAccount } from '../../shared/contract/hub';
import type { Membership } from '../../shared/contract/channels/newsroom';
import { OFFLINE_SIGN_IN_TRUST_DAYS, type User } from '../../shared/domain/user';
import { hashPassword, verifyPassword, type PasswordHash, type ScryptParams } from '../../shared/node/passwords';
import type { HubClient } from '../newsroom/membership/hub-client';
import type { HubPeople } from '../newsroom/membership/hub-people';
import type { SessionRepository } from './session-repository';
import type { UserRepository } from './user-repository';

/**
 * How long after the hub last accepted a person's password here they may sign in on this
 * computer without it: as long as a hub session lasts (hub/accounts HUB_SESSION_MS), since
 * their edits made offline sync with that session's token when the hub is back. A
 * disabled account or a changed password on the hub takes effect here at the person's next
 * sign-in while the hub answers (their cached verifier is then forgotten).
 */
export const OFFLINE_SIGN_IN_TRUST_MS = OFFLINE_SIGN_IN_TRUST_DAYS * 24 * 3_600_000;
const SIGN_IN_REFUSED_OFFLINE = 'That name and password do not match an account that may sign in on this computer. Check them, or ask an admin.';

export interface HubSignInDeps {
  db: Db;
  users: UserRepository;
  sessions: SessionRepository;
  audit: AuditLog;
  people: HubPeople;
  hub: HubClient;
  now: () => Date;
  passwordParams: ScryptParams;
}

export type HubSignIn = ReturnType<typeof hubSignIn>;

/** A refusal to count against the sign-in throttle: the password (or name) did not match. */
const refused = (message: string) => new GalleyError('UNAUTHENTICATED', message);

/**
 * Signing in on a joined workstation: the hub checks the password, and the person's local
 * user becomes the hub's account (same id, so what they write here carries the hub's id).
 * When the hub cannot be reached, the password is checked against the verifier cached at
 * their last sign-in through the hub here, if that is recent enough.
 */
export function hubSignIn({ db, users, sessions, audit, people, hub, now, passwordParams }: HubSignInDeps) {
  /** A free sign-in name for a local account that must give its name up to the hub's account of that name. */
  function freeName(name: string): string {
    const base = `${name.slice(0, 33)}.solo`;
    for (let n = 1; ; n += 1) {
      const candidate = n === 1 ? base : `${base}${n}`;
      if (users.findByName(candidate) === null) return candidate;
    }
  }

  /** Inside a transaction: the hub's account as this workstation's user, with `password` as its verifier. */
  function adopt(account: HubAccount, password: PasswordHash): User {
    const at = now().toISOString();
    const holder = users.findByName(account.name);
    if (holder !== null && holder.user.id !== account.id) {
      // A local account made before joining holds the name: it keeps its id (and what it
      // wrote), and gives the name to the hub's account, which is who signs in here now.
      const renamed = freeName(account.name);
      users.rename(holder.user.id, renamed, at);
      sessions.removeForUser(holder.user.id);
      audit.append({
        actor: { id: null, name: 'newsroom hub' },
        action: 'user.update',
        details: { userId: holder.user.id, name: holder.user.name, changed: { name: { from: holder.user.name, to: renamed } }, reason: 'hub account of that name' },
      });
    }
    const existing = users.find(account.id);
    if (existing === null) {
      users.insert({ id: account.id, name: account.name, displayName: account.displayName, role: account.role, password, now: at });
    } else {
      if (existing.name !== account.name) users.rename(account.id, account.name, at);
      users.update({ id: account.id, displayName: account.displayName, role: account.role, disabled: false }, at);
      users.setPassword(account.id, password, at);
    }
    const user = users.find(account.id);
    if (user === null) throw new GalleyError('INTERNAL', 'A user vanished while signing in through the hub.');
    return user;
  }

  async function online(membership: Membership, name: string, password: string): Promise<User> {
    const granted = await hub.signIn(membership.hub.url, { name, password });
    const verifier = await hashPassword(password, passwordParams);
    const user = db.transaction(() => adopt(granted.account, verifier)).immediate();
    await people.keep(user.id, membership.hub.url, granted, true);
    return user;
  }

  /** The hub said no: if the password typed is the one cached here, the hub no longer takes it, so neither does this computer. */
  async function forgetIfStale(name: string, password: string): Promise<void> {
    const stored = users.findByName(name);
    if (stored === null || people.find(stored.user.id)?.verifiedAt == null) return;
    if (await verifyPassword(password, stored.password)) {
      people.forgetVerifier(stored.user.id);
      sessions.removeForUser(stored.user.id);
    }
  }

  async function offline(membership: Membership, name: string, password: string): Promise<User> {
    const stored = users.findByName(name);
    const person = stored === null ? null : people.find(stored.user.id);
    const verifiedAt = person !== null && person.hubUrl === membership.hub.url ? person.verifiedAt : null;
    if (stored === null || verifiedAt === null || now().getTime() - Date.parse(verifiedAt) > OFFLINE_SIGN_IN_TRUST_MS) {
      throw new GalleyError(
        'NOT_FOUND',
        `The newsroom hub at ${membership.hub.url} does not answer, so it cannot check your password. Without it, this computer can check only the password of someone who signed in here through it in the last ${OFFLINE_SIGN_IN_TRUST_DAYS} days. Try again when the hub answers.`,
      );
    }
    if (stored.user.disabled || !(await verifyPassword(password, stored.password))) throw refused(SIGN_IN_REFUSED_OFFLINE);
    return stored.user;
  }

  return {
    /** The person signing in, or a GalleyError: UNAUTHENTICATED for a refused password (counted by the throttle). */
    async signIn(membership: Membership, name: string, password: string): Promise<User> {
      if (name === '' || password === '') throw refused(SIGN_IN_REFUSED_OFFLINE);
      try {
        return await online(membership, name, password);
      } catch (error) {
        if (!isGalleyError(error)) throw error;
        if (error.code === 'FORBIDDEN') {
          await forgetIfStale(name, password);
          throw refused(error.message);
        }
        // NOT_FOUND is the hub not answering (or not being a hub): the cached verifier decides.
        if (error.code === 'NOT_FOUND') return offline(membership, name, password);
        throw error;
      }
    },
  };
}

