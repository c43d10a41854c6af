import { RoleSchema } from '../../../shared/domain/session';
import { DisplayNameSchema, UserNameSchema } from '../../../shared/domain/user';
import type { HubStore, HubUser, HubUserWithPassword } from '../hub-store';
import type { ConstraintMessages } from './errors';
import type { PostgresConnection } from './connection';
import { parseOrThrow } from '../../validate';

type UserMethods = Pick<HubStore, 'createUser' | 'findUserByName' | 'findUserById' | 'listUsers' | 'updateUser'>;

interface UserRow {
  id: string;
  name: string;
  display_name: string;
  role: string;
  disabled: boolean;
  password_hash: string;
  created_at: Date;
  updated_at: Date;
}

const USER_COLUMNS = 'id, name, display_name, role, disabled, password_hash, created_at, updated_at';


function toUser(row: UserRow): HubUser {
  return {
    id: row.id,
    name: row.name,
    displayName: row.display_name,
    role: RoleSchema.parse(row.role),
    disabled: row.disabled,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

const withPassword = (row: UserRow): HubUserWithPassword => ({ ...toUser(row), passwordHash: row.password_hash });

const duplicate = (name: string, id: string): ConstraintMessages => ({
  users_name_unique: { code: 'CONFLICT', message: `There is already a user named "${name}" (names ignore case).` },
  users_pkey: { code: 'CONFLICT', message: `There is already a user with the id ${id}.` },
});

export function postgresUsers(db: PostgresConnection): UserMethods {
  return {
    async createUser(user) {
      const name = parseOrThrow(UserNameSchema, user.name, 'user name');
      const displayName = parseOrThrow(DisplayNameSchema, user.displayName, 'display name');
      const rows = await db.query<UserRow>(
        `adding the user ${name}`,
        `INSERT INTO users (id, name, display_name, role, password_hash)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${USER_COLUMNS}`,
        [user.id, name, displayName, user.role, user.passwordHash],
        duplicate(name, user.id),
      );
      return toUser(rows[0]!);
    },

    async findUserByName(name) {
      const folded = UserNameSchema.safeParse(name);
      // A name that breaks the rules cannot belong to anyone.
      if (!folded.success) return null;
      const rows = await db.query<UserRow>('looking up a user by name', `SELECT ${USER_COLUMNS} FROM users WHERE name = $1`, [
        folded.data,
      ]);
      return rows[0] ? withPassword(rows[0]) : null;
    },

    async findUserById(id) {
      const rows = await db.query<UserRow>('looking up a user', `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
      return rows[0] ? toUser(rows[0]) : null;
    },

    async listUsers() {
      const rows = await db.query<UserRow>('listing users', `SELECT ${USER_COLUMNS} FROM users ORDER BY name`);
      return rows.map(toUser);
    },

    async updateUser(id, change) {
      const displayName = change.displayName === undefined ? null : parseOrThrow(DisplayNameSchema, change.displayName, 'display name');
      // COALESCE keeps a field the change leaves out; null is never a value these columns take.
      const rows = await db.query<UserRow>(
        `changing the user ${id}`,
        `UPDATE users SET
           display_name  = COALESCE($2, display_name),
           role          = COALESCE($3, role),
           disabled      = COALESCE($4, disabled),
           password_hash = COALESCE($5, password_hash),
           updated_at    = now()
         WHERE id = $1 RETURNING ${USER_COLUMNS}`,
        [id, displayName, change.role ?? null, change.disabled ?? null, change.passwordHash ?? null],
      );
      return rows[0] ? toUser(rows[0]) : null;
    },
  };
}
