import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import type { AuditLog } from '../audit/audit-log';
import { GalleyError } from '../../shared/contract/errors';
import type { Role, Session } from '../../shared/domain/session';
import type { User } from '../../shared/domain/user';
import { canManageUsers } from '../../shared/workflow/policy';
import { DEFAULT_SCRYPT_PARAMS, hashPassword, type ScryptParams } from '../../shared/node/passwords';
import type { SessionRepository } from './session-repository';
import type { UserRepository } from './user-repository';
import type { Membership } from '../../shared/contract/channels/newsroom';
import type { HubUsers } from './hub-users';

export interface UsersServiceDeps {
  db: Db;
  users: UserRepository;
  sessions: SessionRepository;
  audit: AuditLog;
  events: EventBus;
  now: () => Date;
  passwordParams?: ScryptParams;
  /** A joined workstation's people are the hub's: the same screen manages them there (./hub-users.ts). */
  newsroom?: { membership: () => Membership | null; users: HubUsers };
}

export interface NewUserInput {
  name: string;
  displayName: string;
  role: Role;
  password: string;
}

export interface UserChanges {
  id: string;
  displayName?: string | undefined;
  role?: Role | undefined;
  disabled?: boolean | undefined;
  password?: string | undefined;
}

export type UsersService = ReturnType<typeof usersService>;

function requireAdmin(session: Session): void {
  if (!canManageUsers(session.role)) throw new GalleyError('FORBIDDEN', 'Only an admin can manage users and roles.');
}

/**
 * The admin's Users screen: add people with a role, change roles, disable accounts. On a
 * joined workstation these are the hub's people, managed on the hub.
 */
export function usersService({ db, users, sessions, audit, events, now, passwordParams = DEFAULT_SCRYPT_PARAMS, newsroom }: UsersServiceDeps) {
  const actor = (session: Session) => ({ id: session.userId, name: session.displayName });
  const joined = () => {
    const membership = newsroom?.membership() ?? null;
    return newsroom !== undefined && membership !== null ? { membership, hub: newsroom.users } : null;
  };

  return {
    async list(session: Session): Promise<User[]> {
      requireAdmin(session);
      const hub = joined();
      return hub === null ? users.list() : hub.hub.list(hub.membership, session);
    },

    async create(session: Session, input: NewUserInput): Promise<User> {
      // Refused before the (deliberately slow) hash, so a refused call costs nothing.
      requireAdmin(session);
      const hub = joined();
      if (hub !== null) {
        const created = await hub.hub.create(hub.membership, session, input);
        events.emit({ type: 'users.changed' });
        return created;
      }
      if (users.findByName(input.name)) throw new GalleyError('CONFLICT', `There is already a user called “${input.name}”.`);
      const password = await hashPassword(input.password, passwordParams);
      const user = db
        .transaction((): User => {
          requireAdmin(session);
          if (users.findByName(input.name)) throw new GalleyError('CONFLICT', `There is already a user called “${input.name}”.`);
          const created = users.insert({
            id: randomUUID(),
            name: input.name,
            displayName: input.displayName,
            role: input.role,
            password,
            now: now().toISOString(),
          });
          audit.append({
            actor: actor(session),
            action: 'user.create',
            details: { userId: created.id, name: created.name, displayName: created.displayName, role: created.role },
          });
          return created;
        })
        .immediate();
      events.emit({ type: 'users.changed' });
      return user;
    },

    async update(session: Session, changes: UserChanges): Promise<User> {
      requireAdmin(session);
      const hub = joined();
      if (hub !== null) {
        const updated = await hub.hub.update(hub.membership, session, changes);
        events.emit({ type: 'users.changed' });
        return updated;
      }
      const password = changes.password === undefined ? null : await hashPassword(changes.password, passwordParams);
      const user = db
        .transaction((): User => {
          const current = users.find(changes.id);
          if (!current) throw new GalleyError('NOT_FOUND', 'That user does not exist.');
          const next = {
            id: current.id,
            displayName: changes.displayName ?? current.displayName,
            role: changes.role ?? current.role,
            disabled: changes.disabled ?? current.disabled,
          };
          if (next.disabled && current.id === session.userId) {
            throw new GalleyError('CONFLICT', 'You cannot disable your own account.');
          }
          const losesAdmin = current.role === 'admin' && !current.disabled && (next.role !== 'admin' || next.disabled);
          if (losesAdmin && users.activeAdminCount() <= 1) {
            throw new GalleyError('CONFLICT', 'Galley needs at least one active admin: make someone else an admin first.');
          }
          const at = now().toISOString();
          users.update(next, at);
          if (password !== null) users.setPassword(current.id, password, at);
          // A disabled account, or one whose password was reset, is signed out everywhere.
          if ((next.disabled && !current.disabled) || password !== null) sessions.removeForUser(current.id);
          const changed: Record<string, unknown> = {};
          if (next.displayName !== current.displayName) changed['displayName'] = { from: current.displayName, to: next.displayName };
          if (next.role !== current.role) changed['role'] = { from: current.role, to: next.role };
          if (next.disabled !== current.disabled) changed['disabled'] = { from: current.disabled, to: next.disabled };
          if (password !== null) changed['password'] = 'reset';
          audit.append({
            actor: actor(session),
            action: 'user.update',
            details: { userId: current.id, name: current.name, changed },
          });
          const updated = users.find(current.id);
          if (!updated) throw new GalleyError('INTERNAL', 'A user vanished while being updated.');
          return updated;
        })
        .immediate();
      events.emit({ type: 'users.changed' });
      return user;
    },
  };
}
