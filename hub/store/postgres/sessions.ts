import type { HubSession, HubStore } from '../hub-store';
import type { PostgresConnection } from './connection';

type SessionMethods = Pick<HubStore, 'createSession' | 'findSession' | 'deleteSessionsOf' | 'deleteExpiredSessions'>;

interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: Date;
  expires_at: Date;
}

const toSession = (row: SessionRow): HubSession => ({
  tokenHash: row.token_hash,
  userId: row.user_id,
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
});

export function postgresSessions(db: PostgresConnection): SessionMethods {
  return {
    async createSession(session) {
      await db.query(
        'starting a session',
        'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
        [session.tokenHash, session.userId, session.createdAt, session.expiresAt],
        {
          sessions_user_id_fkey: { code: 'NOT_FOUND', message: `There is no user ${session.userId} to start a session for.` },
          sessions_pkey: { code: 'CONFLICT', message: 'A session with this token already exists.' },
        },
      );
    },

    async findSession(tokenHash) {
      // A disabled person's sessions end with the account: the join leaves them out.
      const rows = await db.query<SessionRow>(
        'looking up a session',
        `SELECT s.token_hash, s.user_id, s.created_at, s.expires_at
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND NOT u.disabled`,
        [tokenHash],
      );
      return rows[0] ? toSession(rows[0]) : null;
    },

    async deleteSessionsOf(userId) {
      const rows = await db.query<{ n: number }>(
        'ending sessions',
        'WITH gone AS (DELETE FROM sessions WHERE user_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM gone',
        [userId],
      );
      return rows[0]!.n;
    },

    async deleteExpiredSessions(now) {
      const rows = await db.query<{ n: number }>(
        'sweeping expired sessions',
        'WITH gone AS (DELETE FROM sessions WHERE expires_at <= $1 RETURNING 1) SELECT count(*)::int AS n FROM gone',
        [now],
      );
      return rows[0]!.n;
    },
  };
}
