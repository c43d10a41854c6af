import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type {
  HubArticle,
  HubArticleStep,
  HubSession,
  HubStore,
  HubUser,
  HubUserChange,
  HubUserWithPassword,
  NewHubArticle,
  NewHubUser,
  StoredDocument,
} from '../hub-store';
import type { WorkflowState } from '../../../shared/domain/article';
import { IdSchema } from '../../../shared/domain/ids';
import type { Role } from '../../../shared/domain/session';
import { openHubDatabase } from './open-database';
import { GalleyError } from '../../../shared/contract/errors';
import { DisplayNameSchema, UserNameSchema } from '../../../shared/domain/user';
import { parseOrThrow } from '../../validate';
import { nextAuditEntry, stepEntry, updateEntry, type UnlinkedEntry } from '../audit-link';
import { chainedFromColumns, type ChainedColumns } from '../../../shared/node/hash-chain';

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

interface ArticleRow {
  id: string;
  author_id: string;
  state: WorkflowState;
  holder_id: string | null;
  approved_hash: string | null;
  approved_state_vector: Uint8Array | null;
  created_at: string;
  updated_at: string;
}

const toArticle = (row: ArticleRow): HubArticle => ({
  id: row.id,
  authorId: row.author_id,
  state: row.state,
  holderId: row.holder_id,
  approvedHash: row.approved_hash,
  approvedStateVector: row.approved_state_vector,
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
    lastSeq: db.prepare(`
      SELECT max(coalesce((SELECT max(seq) FROM document_updates WHERE name = ?1), 0),
                 coalesce((SELECT through_seq FROM document_states WHERE name = ?1), 0)) AS last,
             EXISTS (SELECT 1 FROM document_updates WHERE name = ?1) OR EXISTS (SELECT 1 FROM document_states WHERE name = ?1) AS known`),
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
    // A disabled person's sessions are not found, whatever is left of them.
    session: db.prepare(`
      SELECT s.token_hash, s.user_id, s.created_at, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = ? AND u.disabled = 0`),
    deleteSessionsOf: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
    // Both sides are toISOString()'s fixed-width UTC form, so text order is time order.
    deleteExpiredSessions: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
    insertArticle: db.prepare("INSERT INTO articles (id, author_id, state, created_at, updated_at) VALUES (?, ?, 'draft', ?, ?)"),
    article: db.prepare('SELECT * FROM articles WHERE id = ?'),
    moveArticle: db.prepare(`
      UPDATE articles SET state = ?, holder_id = ?, approved_hash = ?, approved_state_vector = ?, updated_at = ?
      WHERE id = ? AND state = ? AND holder_id IS ?`),
    lastAudit: db.prepare('SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1'),
    insertAudit: db.prepare(`
      INSERT INTO audit_entries (seq, id, at, actor_id, actor_name, action, article_id, from_state, to_state, revision_hash, note, details_json, prev_hash, hash)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    audit: db.prepare('SELECT * FROM audit_entries ORDER BY seq'),
  };

  /** Inside the caller's transaction. */
  const appendAudit = (entry: UnlinkedEntry) => {
    const e = nextAuditEntry(entry, (sql.lastAudit.get() as { seq: number; hash: string } | undefined) ?? null);
    sql.insertAudit.run(e.seq, e.id, e.at, e.actorId, e.actorName, e.action, e.articleId, e.fromState, e.toState, e.revisionHash, e.note, e.detailsJson, e.prevHash, e.hash);
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

    async appendUpdate(name, update, audit) {
      if (update.byteLength === 0) throw new GalleyError('BAD_INPUT', `An empty update for ${name} was not stored.`);
      if (audit === undefined) return Number(sql.append.run(name, update).lastInsertRowid);
      return inTransaction(db, () => {
        const seq = Number(sql.append.run(name, update).lastInsertRowid);
        appendAudit(updateEntry(audit));
        return seq;
      });
    },

    async compact(name, state, throughSeq) {
      inTransaction(db, () => {
        const { last, known } = sql.lastSeq.get(name) as { last: number; known: number };
        if (known === 0) throw new GalleyError('NOT_FOUND', `Cannot compact ${name}: there is no such document.`);
        if (!Number.isSafeInteger(throughSeq) || throughSeq < 0 || throughSeq > last) {
          throw new GalleyError('BAD_INPUT', `Cannot compact ${name} through ${throughSeq}: its last update is ${last}.`);
        }
        // A slower compaction that encoded an older state never replaces a newer one.
        sql.keepState.run(name, state, throughSeq);
        sql.dropUpdates.run(name, throughSeq);
      });
    },

    async createUser(user: NewHubUser) {
      const name = parseOrThrow(UserNameSchema, user.name, 'user name');
      const displayName = parseOrThrow(DisplayNameSchema, user.displayName, 'display name');
      if (sql.userByName.get(name)) throw new GalleyError('CONFLICT', `There is already a user named "${name}" (names ignore case).`);
      if (sql.userById.get(user.id)) throw new GalleyError('CONFLICT', `There is already a user with the id ${user.id}.`);
      const at = new Date().toISOString();
      // One thread, synchronous calls: nothing runs between the checks and the insert.
      sql.insertUser.run(user.id, name, displayName, user.role, user.passwordHash, at, at);
      return toUser(sql.userById.get(user.id) as unknown as UserRow);
    },

    async findUserByName(asked): Promise<HubUserWithPassword | null> {
      const name = UserNameSchema.safeParse(asked);
      if (!name.success) return null;
      const row = sql.userByName.get(name.data) as UserRow | undefined;
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
      const displayName = change.displayName === undefined ? null : parseOrThrow(DisplayNameSchema, change.displayName, 'display name');
      const disabled = change.disabled === undefined ? null : change.disabled ? 1 : 0;
      const { changes } = sql.updateUser.run(
        displayName,
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
      if (!sql.userById.get(session.userId)) throw new GalleyError('NOT_FOUND', `There is no user ${session.userId} to start a session for.`);
      sql.insertSession.run(session.tokenHash, session.userId, session.createdAt, session.expiresAt);
    },

    async findSession(tokenHash) {
      const row = sql.session.get(tokenHash) as { token_hash: string; user_id: string; created_at: string; expires_at: string } | undefined;
      return row ? { tokenHash: row.token_hash, userId: row.user_id, createdAt: row.created_at, expiresAt: row.expires_at } : null;
    },

    async deleteSessionsOf(userId) {
      return Number(sql.deleteSessionsOf.run(userId).changes);
    },

    async deleteExpiredSessions(now) {
      return Number(sql.deleteExpiredSessions.run(new Date(now).toISOString()).changes);
    },

    async createArticle(article: NewHubArticle) {
      const id = parseOrThrow(IdSchema, article.id, 'article id');
      if (!sql.userById.get(article.authorId)) throw new GalleyError('NOT_FOUND', `There is no user ${article.authorId} to write article ${id}.`);
      if (sql.article.get(id)) throw new GalleyError('CONFLICT', `There is already an article with the id ${id}.`);
      const at = new Date().toISOString();
      sql.insertArticle.run(id, article.authorId, at, at);
      return toArticle(sql.article.get(id) as unknown as ArticleRow);
    },

    async findArticle(id) {
      const row = sql.article.get(id) as ArticleRow | undefined;
      return row ? toArticle(row) : null;
    },

    async recordStep(step: HubArticleStep) {
      return inTransaction(db, () => {
        const { to, from } = step;
        const at = new Date().toISOString();
        const moved = sql.moveArticle.run(to.state, to.holderId, to.approvedHash, to.approvedStateVector, at, step.articleId, from.state, from.holderId);
        if (Number(moved.changes) === 0) {
          if (!sql.article.get(step.articleId)) throw new GalleyError('NOT_FOUND', `There is no article ${step.articleId}.`);
          throw new GalleyError('CONFLICT', `Article ${step.articleId} has moved on since this step was decided; nothing was changed.`);
        }
        appendAudit(stepEntry(step));
        return toArticle(sql.article.get(step.articleId) as unknown as ArticleRow);
      });
    },

    async listAudit() {
      return (sql.audit.all() as unknown as ChainedColumns[]).map(chainedFromColumns);
    },

    async close() {
      if (db.isOpen) db.close();
    },
  };
}
