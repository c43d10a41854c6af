import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { HubSession, HubStore, HubUser, HubUserChange, HubUserWithPassword, NewHubUser, StoredDocument } from '../hub-store';
import type { Role } from '../../../shared/domain/session';
import { openHubDatabase } from './open-database';

export const HUB_DATABASE_FILE = 'hub.sqlite';

interface UserRow {
  id: string;
  name: string;
  display_name: string;
  role: Role;
  disabled: number;
  password_hash: string;
  created_at: string;
  updated_at: string;
}

const toUser = (row: UserRow): HubUser => ({
  id: row.id,
  name: row.name,
  displayName: row.display_name,
  role: row.role,
  disabled: row.disabled === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Runs `work` in one write transaction (node:sqlite has no transaction helper). */
function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/**
 * The embedded store: one SQLite file, `<dataDir>/hub.sqlite`, through Node 22's own
 * `node:sqlite` (so the hub needs no native module built for its Node). Every call runs
 * synchronously on the hub's thread and its promise resolves after the commit.
 */
export function openSqliteHubStore(dataDir: string): HubStore {
  const db = openHubDatabase(join(dataDir, HUB_DATABASE_FILE), dataDir);
  const sql = {
    state: db.prepare('SELECT state, through_seq FROM document_states WHERE name = ?'),
    updatesAfter: db.prepare('SELECT seq, data FROM document_updates WHERE name = ? AND seq > ? ORDER BY seq'),
    append: db.prepare('INSERT INTO document_updates (name, data) VALUES (?, ?)'),
    keepState: db.prepare(`
      INSERT INTO document_states (name, state, through_seq) VALUES (?, ?, ?)
      ON CONFLICT (name) DO UPDATE SET state = excluded.state, through_seq = excluded.through_seq
      WHERE excluded.through_seq > document_states.through_seq`),
    dropUpdates: db.prepare('DELETE FROM document_updates WHERE name = ? AND seq <= ?'),
    insertUser: db.prepare(`
      INSERT INTO users (id, name, display_name, role, disabled, password_hash, created_at, updated_at)
      VALUES (?, ?, ?, ?, 0, ?, ?, ?)`),
    userByName: db.prepare('SELECT * FROM users WHERE name = ?'),
    userById: db.prepare('SELECT * FROM users WHERE id = ?'),
    users: db.prepare('SELECT * FROM users ORDER BY name'),
    updateUser: db.prepare(`
      UPDATE users SET display_name = coalesce(?, display_name), role = coalesce(?, role),
        disabled = coalesce(?, disabled), password_hash = coalesce(?, password_hash), updated_at = ?
      WHERE id = ?`),
    insertSession: db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)'),
    session: db.prepare('SELECT token_hash, user_id, created_at, expires_at FROM sessions WHERE token_hash = ?'),
    deleteSessionsOf: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
  };

  return {
    async loadDocument(name): Promise<StoredDocument | null> {
      const state = sql.state.get(name) as { state: Uint8Array; through_seq: number } | undefined;
      const through = state?.through_seq ?? 0;
      const rows = sql.updatesAfter.all(name, through) as { seq: number; data: Uint8Array }[];
      if (!state && rows.length === 0) return null;
      return {
        updates: [...(state ? [state.state] : []), ...rows.map((row) => row.data)],
        lastSeq: rows.at(-1)?.seq ?? through,
      };
    },

    async appendUpdate(name, update) {
      return Number(sql.append.run(name, update).lastInsertRowid);
    },

    async compact(name, state, throughSeq) {
      inTransaction(db, () => {
        // A slower compaction that encoded an older state never replaces a newer one.
        sql.keepState.run(name, state, throughSeq);
        sql.dropUpdates.run(name, throughSeq);
      });
    },

    async createUser(user: NewHubUser) {
      const at = new Date().toISOString();
      sql.insertUser.run(user.id, user.name, user.displayName, user.role, user.passwordHash, at, at);
      return toUser(sql.userById.get(user.id) as unknown as UserRow);
    },

    async findUserByName(name): Promise<HubUserWithPassword | null> {
      const row = sql.userByName.get(name) as UserRow | undefined;
      return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
    },

    async findUserById(id) {
      const row = sql.userById.get(id) as UserRow | undefined;
      return row ? toUser(row) : null;
    },

    async listUsers() {
      return (sql.users.all() as unknown as UserRow[]).map(toUser);
    },

    async updateUser(id, change: HubUserChange) {
      const disabled = change.disabled === undefined ? null : change.disabled ? 1 : 0;
      const { changes } = sql.updateUser.run(
        change.displayName ?? null,
        change.role ?? null,
        disabled,
        change.passwordHash ?? null,
        new Date().toISOString(),
        id,
      );
      if (Number(changes) === 0) return null;
      return toUser(sql.userById.get(id) as unknown as UserRow);
    },

    async createSession(session: HubSession) {
      sql.insertSession.run(session.tokenHash, session.userId, session.createdAt, session.expiresAt);
    },

    async findSession(tokenHash) {
      const row = sql.session.get(tokenHash) as { token_hash: string; user_id: string; created_at: string; expires_at: string } | undefined;
      return row ? { tokenHash: row.token_hash, userId: row.user_id, createdAt: row.created_at, expiresAt: row.expires_at } : null;
    },

    async deleteSessionsOf(userId) {
      return Number(sql.deleteSessionsOf.run(userId).changes);
    },

    async close() {
      if (db.isOpen) db.close();
    },
  };
}
