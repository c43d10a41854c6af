import type { Db } from '../db/connection';
import { RoleSchema, type Session } from '../../shared/domain/session';

interface SessionRow {
  token_hash: string;
  user_id: string;
  display_name: string;
  role: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface StoredSession {
  tokenHash: string;
  session: Session;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export type SessionRepository = ReturnType<typeof sessionRepository>;

export function sessionRepository(db: Db) {
  const insert = db.prepare(`
    INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at)
    VALUES (@token_hash, @user_id, @now, @now, @expires_at)`);
  // A disabled person's sessions end with the account: the join leaves them out.
  const active = db.prepare<[string], SessionRow>(`
    SELECT s.*, u.display_name, u.role FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = ? AND u.disabled = 0`);
  const touch = db.prepare('UPDATE sessions SET last_seen_at = @now, expires_at = @expires_at WHERE token_hash = @token_hash');
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const removeForUser = db.prepare('DELETE FROM sessions WHERE user_id = ?');
  const removeExpired = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');

  return {
    insert(tokenHash: string, userId: string, now: string, expiresAt: string): void {
      insert.run({ token_hash: tokenHash, user_id: userId, now, expires_at: expiresAt });
    },

    find(tokenHash: string): StoredSession | null {
      const row = active.get(tokenHash);
      if (!row) return null;
      return {
        tokenHash: row.token_hash,
        session: { userId: row.user_id, displayName: row.display_name, role: RoleSchema.parse(row.role) },
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        expiresAt: row.expires_at,
      };
    },

    touch(tokenHash: string, now: string, expiresAt: string): void {
      touch.run({ token_hash: tokenHash, now, expires_at: expiresAt });
    },

    remove(tokenHash: string): void {
      remove.run(tokenHash);
    },

    removeForUser(userId: string): void {
      removeForUser.run(userId);
    },

    removeExpired(now: string): void {
      removeExpired.run(now);
    },
  };
}
