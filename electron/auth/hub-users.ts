import { GalleyError } from '../../shared/contract/errors';
import type { Membership } from '../../shared/contract/channels/newsroom';
import type { Session } from '../../shared/domain/session';
import type { User } from '../../shared/domain/user';
import { HubTokenRefused } from '../newsroom/membership/hub-client';
import type { NewUserInput, UserChanges } from './users-service';
import type { HubSignInDeps } from './hub-sign-in';

export type HubUsersDeps = Omit<HubSignInDeps, 'passwordParams'>;

export type HubUsers = ReturnType<typeof hubUsers>;

const NO_HUB_TOKEN = 'The hub’s people are managed with your hub account, and this computer has no hub sign-in of yours: sign out and sign in again.';

/**
 * The Users screen of a joined workstation: the people are the hub's, so each request goes
 * to the hub with the admin's own hub token, and the hub decides (its admins only). What
 * the hub accepted is mirrored onto the person's user here, if they have one, so a disabled
 * person or a reset password stops working on this computer at once, offline included.
 */
export function hubUsers({ db, users, sessions, audit, people, hub, now }: HubUsersDeps) {
  const actor = (session: Session) => ({ id: session.userId, name: session.displayName });

  /** Runs one request as the session's person; a token the hub no longer accepts is forgotten. */
  async function asPerson<T>(membership: Membership, session: Session, request: (token: string) => Promise<T>): Promise<T> {
    const token = await people.tokenOf(session.userId, membership.hub.url);
    if (token === null) throw new GalleyError('FORBIDDEN', NO_HUB_TOKEN);
    try {
      return await request(token);
    } catch (error) {
      if (error instanceof HubTokenRefused) await people.refused(session.userId);
      throw error;
    }
  }

  function mirror(user: User, changes: UserChanges): void {
    const local = users.find(user.id);
    if (local === null) return;
    const at = now().toISOString();
    users.update({ id: user.id, displayName: user.displayName, role: user.role, disabled: user.disabled }, at);
    if ((user.disabled && !local.disabled) || changes.password !== undefined) {
      sessions.removeForUser(user.id);
      people.forgetVerifier(user.id);
    }
  }

  return {
    list: (membership: Membership, session: Session): Promise<User[]> => asPerson(membership, session, (token) => hub.listUsers(membership.hub.url, token)),

    async create(membership: Membership, session: Session, input: NewUserInput): Promise<User> {
      const created = await asPerson(membership, session, (token) => hub.addUser(membership.hub.url, token, input));
      db.transaction(() =>
        audit.append({
          actor: actor(session),
          action: 'user.create',
          note: membership.hub.url,
          details: { userId: created.id, name: created.name, displayName: created.displayName, role: created.role, hub: membership.hub.url },
        }),
      ).immediate();
      return created;
    },

    async update(membership: Membership, session: Session, changes: UserChanges): Promise<User> {
      const { id, ...change } = changes;
      const updated = await asPerson(membership, session, (token) => hub.changeUser(membership.hub.url, token, id, change));
      const changed = Object.fromEntries(Object.entries(change).map(([key, value]) => [key, key === 'password' ? 'reset' : value]));
      db.transaction(() => {
        mirror(updated, changes);
        audit.append({ actor: actor(session), action: 'user.update', note: membership.hub.url, details: { userId: id, name: updated.name, changed, hub: membership.hub.url } });
      }).immediate();
      return updated;
    },
  };
}

