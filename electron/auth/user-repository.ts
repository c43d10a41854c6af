import type { Db } from '../db/connection';
import { GalleyError } from '../../shared/contract/errors';
import { RoleSchema, type Role } from '../../shared/domain/session';
import type { User } from '../../shared/domain/user';
import { ScryptParamsSchema, type PasswordHash } from '../../shared/node/passwords';

interface UserRow {
  id: string;
  name: string;
  display_name: string;
  role: string;
  disabled: number;
  password_hash: string;
  password_salt: string;
  password_params: string;
  created_at: string;
  updated_at: string;
}

function rowToUser(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    displayName: row.display_name,
    role: RoleSchema.parse(row.role),
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The stored parameters are read like any input: a row that does not parse is reported, not guessed at. */
function rowToPassword(row: UserRow): PasswordHash {
  let params: unknown;
  try {
    params = JSON.parse(row.password_params);
  } catch {
    throw new GalleyError('INTERNAL', `The stored password parameters of user ${row.name} are not valid JSON.`);
  }
  const parsed = ScryptParamsSchema.safeParse(params);
  if (!parsed.success) throw new GalleyError('INTERNAL', `The stored password parameters of user ${row.name} are not understood.`);
  return { hash: row.password_hash, salt: row.password_salt, params: parsed.data };
}

export interface StoredUser {
  user: User;
  password: PasswordHash;
}

export interface NewUser {
  id: string;
  name: string;
  displayName: string;
  role: Role;
  password: PasswordHash;
  now: string;
}

export type UserRepository = ReturnType<typeof userRepository>;

/** Plain functions over prepared statements; callers own the transactions. */
export function userRepository(db: Db) {
  const insert = db.prepare(`
    INSERT INTO users (id, name, display_name, role, disabled, password_hash, password_salt, password_params, created_at, updated_at)
    VALUES (@id, @name, @display_name, @role, 0, @password_hash, @password_salt, @password_params, @now, @now)`);
  const byId = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const byName = db.prepare<[string], UserRow>('SELECT * FROM users WHERE name = ?');
  const all = db.prepare<[], UserRow>('SELECT * FROM users ORDER BY disabled, display_name COLLATE NOCASE, name');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users');
  const activeAdmins = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled = 0");
  const update = db.prepare(`
    UPDATE users SET display_name = @display_name, role = @role, disabled = @disabled, updated_at = @now WHERE id = @id`);
  const updatePassword = db.prepare(`
    UPDATE users SET password_hash = @password_hash, password_salt = @password_salt, password_params = @password_params,
      updated_at = @now WHERE id = @id`);
  const rename = db.prepare('UPDATE users SET name = @name, updated_at = @now WHERE id = @id');
  const names = db.prepare<[string], { display_name: string }>('SELECT display_name FROM users WHERE id = ?');
  const namesIn = db.prepare<[string], { id: string; display_name: string }>(
    'SELECT id, display_name FROM users WHERE id IN (SELECT value FROM json_each(?))',
  );

  const passwordParams = (password: PasswordHash) => ({
    password_hash: password.hash,
    password_salt: password.salt,
    password_params: JSON.stringify(password.params),
  });

  return {
    insert(u: NewUser): User {
      insert.run({ id: u.id, name: u.name, display_name: u.displayName, role: u.role, now: u.now, ...passwordParams(u.password) });
      const row = byId.get(u.id);
      if (!row) throw new GalleyError('INTERNAL', 'A user vanished while being created.');
      return rowToUser(row);
    },

    find(id: string): User | null {
      const row = byId.get(id);
      return row ? rowToUser(row) : null;
    },

    findByName(name: string): StoredUser | null {
      const row = byName.get(name);
      return row ? { user: rowToUser(row), password: rowToPassword(row) } : null;
    },

    list(): User[] {
      return all.all().map(rowToUser);
    },

    count(): number {
      return count.get()?.n ?? 0;
    },

    activeAdminCount(): number {
      return activeAdmins.get()?.n ?? 0;
    },

    update(user: Pick<User, 'id' | 'displayName' | 'role' | 'disabled'>, now: string): void {
      update.run({ id: user.id, display_name: user.displayName, role: user.role, disabled: user.disabled ? 1 : 0, now });
    },

    /** A new sign-in name (already folded and checked by the caller). */
    rename(id: string, name: string, now: string): void {
      rename.run({ id, name, now });
    },

    setPassword(id: string, password: PasswordHash, now: string): void {
      updatePassword.run({ id, now, ...passwordParams(password) });
    },

    /** A person's name for lists and banners; ids of people no longer known are shown as they are. */
    displayName(id: string): string {
      return names.get(id)?.display_name ?? id;
    },

    /** A person's name, or null for someone no longer known. */
    nameOf(id: string): string | null {
      return names.get(id)?.display_name ?? null;
    },

    /** Many people's names in one query, by id (a list's authors, never a query per row); people no longer known are absent. */
    namesOf(ids: readonly string[]): Map<string, string> {
      if (ids.length === 0) return new Map();
      return new Map(namesIn.all(JSON.stringify([...new Set(ids)])).map((row) => [row.id, row.display_name]));
    },
  };
}
