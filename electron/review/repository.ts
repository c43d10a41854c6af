import type { Db } from '../db/connection';
import type { ClaimAuthor, ClaimCheck, ClaimStatus, CommentReply, PersonRef } from '../../shared/domain/review';

/** Plain functions over prepared statements for comments, replies, claims, verdicts and claim sources. */

export interface CommentRow {
  seq: number;
  id: string;
  quote: string;
  author: PersonRef;
  text: string;
  createdAt: string;
  blocking: boolean;
  resolved: { by: PersonRef; at: string } | null;
}

export interface ClaimRow {
  seq: number;
  id: string;
  quote: string;
  createdBy: PersonRef;
  createdAt: string;
  author: ClaimAuthor | null;
}

interface RawComment {
  seq: number;
  id: string;
  quote: string;
  author_id: string;
  author_name: string;
  body: string;
  created_at: string;
  blocking: number;
  resolved_by: string | null;
  resolver_name: string | null;
  resolved_at: string | null;
}

interface RawClaim {
  seq: number;
  id: string;
  quote: string;
  created_by: string;
  creator_name: string;
  created_at: string;
  author_kind: ClaimAuthor['kind'] | null;
  author_name: string | null;
  author_url: string;
}

interface RawCheck {
  claim_seq: number;
  status: ClaimStatus;
  note: string;
  quote: string;
  checked_by: string;
  checker_name: string;
  checked_at: string;
}

const COMMENT_SELECT = `
  SELECT c.seq, c.id, c.quote, c.author_id, ua.display_name AS author_name, c.body, c.created_at, c.blocking,
         c.resolved_by, ur.display_name AS resolver_name, c.resolved_at
  FROM comments c JOIN users ua ON ua.id = c.author_id LEFT JOIN users ur ON ur.id = c.resolved_by`;

const CLAIM_SELECT = `
  SELECT k.seq, k.id, k.quote, k.created_by, u.display_name AS creator_name, k.created_at, k.author_kind, k.author_name, k.author_url
  FROM claims k JOIN users u ON u.id = k.created_by`;

function toComment(raw: RawComment): CommentRow {
  return {
    seq: raw.seq,
    id: raw.id,
    quote: raw.quote,
    author: { id: raw.author_id, name: raw.author_name },
    text: raw.body,
    createdAt: raw.created_at,
    blocking: raw.blocking === 1,
    resolved: raw.resolved_by === null || raw.resolved_at === null ? null : { by: { id: raw.resolved_by, name: raw.resolver_name ?? '' }, at: raw.resolved_at },
  };
}

const toClaim = (raw: RawClaim): ClaimRow => ({
  seq: raw.seq,
  id: raw.id,
  quote: raw.quote,
  createdBy: { id: raw.created_by, name: raw.creator_name },
  createdAt: raw.created_at,
  author: raw.author_kind === null || raw.author_name === null ? null : { kind: raw.author_kind, name: raw.author_name, url: raw.author_url },
});

const toCheck = (raw: RawCheck): ClaimCheck => ({
  status: raw.status,
  note: raw.note,
  quote: raw.quote,
  by: { id: raw.checked_by, name: raw.checker_name },
  at: raw.checked_at,
});

export type ReviewRepository = ReturnType<typeof reviewRepository>;

export function reviewRepository(db: Db) {
  const s = {
    commentsOf: db.prepare<[number], RawComment>(`${COMMENT_SELECT} WHERE c.article_seq = ? ORDER BY c.seq`),
    comment: db.prepare<[string], RawComment & { article_seq: number }>(`${COMMENT_SELECT.replace('SELECT c.seq', 'SELECT c.article_seq, c.seq')} WHERE c.id = ?`),
    insertComment: db.prepare(`INSERT INTO comments (id, article_seq, quote, author_id, body, created_at, blocking)
      VALUES (@id, @articleSeq, @quote, @authorId, @text, @createdAt, @blocking)`),
    setBlocking: db.prepare<[number, number]>('UPDATE comments SET blocking = ? WHERE seq = ?'),
    setResolved: db.prepare<[string | null, string | null, number]>('UPDATE comments SET resolved_by = ?, resolved_at = ? WHERE seq = ?'),
    repliesOf: db.prepare<[number], { comment_seq: number; id: string; author_id: string; author_name: string; body: string; created_at: string }>(`
      SELECT r.comment_seq, r.id, r.author_id, u.display_name AS author_name, r.body, r.created_at
      FROM comment_replies r JOIN comments c ON c.seq = r.comment_seq JOIN users u ON u.id = r.author_id
      WHERE c.article_seq = ? ORDER BY r.seq`),
    insertReply: db.prepare(`INSERT INTO comment_replies (id, comment_seq, author_id, body, created_at) VALUES (@id, @commentSeq, @authorId, @text, @createdAt)`),
    claimsOf: db.prepare<[number], RawClaim>(`${CLAIM_SELECT} WHERE k.article_seq = ? ORDER BY k.seq`),
    claim: db.prepare<[string], RawClaim & { article_seq: number }>(`${CLAIM_SELECT.replace('SELECT k.seq', 'SELECT k.article_seq, k.seq')} WHERE k.id = ?`),
    insertClaim: db.prepare(`INSERT INTO claims (id, article_seq, quote, created_by, created_at) VALUES (@id, @articleSeq, @quote, @createdBy, @createdAt)`),
    checksOf: db.prepare<[number], RawCheck>(`
      SELECT h.claim_seq, h.status, h.note, h.quote, h.checked_by, u.display_name AS checker_name, h.checked_at
      FROM claim_checks h JOIN claims k ON k.seq = h.claim_seq JOIN users u ON u.id = h.checked_by
      WHERE k.article_seq = ? ORDER BY h.seq`),
    insertCheck: db.prepare(`INSERT INTO claim_checks (claim_seq, status, note, quote, checked_by, checked_at) VALUES (@claimSeq, @status, @note, @quote, @checkedBy, @checkedAt)`),
    sourcesOf: db.prepare<[number], { claim_seq: number; source_id: string }>(`
      SELECT cs.claim_seq, s.id AS source_id FROM claim_sources cs JOIN claims k ON k.seq = cs.claim_seq JOIN sources s ON s.seq = cs.source_seq
      WHERE k.article_seq = ? ORDER BY cs.claim_seq, cs.position`),
    setAuthor: db.prepare('UPDATE claims SET author_kind = @kind, author_name = @name, author_url = @url WHERE seq = @seq'),
    clearSources: db.prepare<[number]>('DELETE FROM claim_sources WHERE claim_seq = ?'),
    insertSource: db.prepare<[number, number, string]>('INSERT INTO claim_sources (claim_seq, source_seq, position) SELECT ?, seq, ? FROM sources WHERE id = ?'),
  };

  function groupBy<T extends object, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
    const map = new Map<K, T[]>();
    for (const row of rows) {
      const list = map.get(key(row));
      if (list === undefined) map.set(key(row), [row]);
      else list.push(row);
    }
    return map;
  }

  return {
    commentsOf(articleSeq: number): { comment: CommentRow; replies: CommentReply[] }[] {
      const replies = groupBy(s.repliesOf.all(articleSeq), (reply) => reply.comment_seq);
      return s.commentsOf.all(articleSeq).map((raw) => ({
        comment: toComment(raw),
        replies: (replies.get(raw.seq) ?? []).map((reply) => ({
          id: reply.id,
          author: { id: reply.author_id, name: reply.author_name },
          text: reply.body,
          createdAt: reply.created_at,
        })),
      }));
    },
    findComment(id: string): (CommentRow & { articleSeq: number }) | null {
      const raw = s.comment.get(id);
      return raw === undefined ? null : { ...toComment(raw), articleSeq: raw.article_seq };
    },
    insertComment(row: { id: string; articleSeq: number; quote: string; authorId: string; text: string; createdAt: string; blocking: boolean }): void {
      s.insertComment.run({ ...row, blocking: row.blocking ? 1 : 0 });
    },
    setBlocking(seq: number, blocking: boolean): void {
      s.setBlocking.run(blocking ? 1 : 0, seq);
    },
    setResolved(seq: number, resolved: { by: string; at: string } | null): void {
      s.setResolved.run(resolved?.by ?? null, resolved?.at ?? null, seq);
    },
    insertReply(row: { id: string; commentSeq: number; authorId: string; text: string; createdAt: string }): void {
      s.insertReply.run(row);
    },
    claimsOf(articleSeq: number): { claim: ClaimRow; history: ClaimCheck[]; sourceIds: string[] }[] {
      const checks = groupBy(s.checksOf.all(articleSeq), (check) => check.claim_seq);
      const sources = groupBy(s.sourcesOf.all(articleSeq), (link) => link.claim_seq);
      return s.claimsOf.all(articleSeq).map((raw) => ({
        claim: toClaim(raw),
        history: (checks.get(raw.seq) ?? []).map(toCheck),
        sourceIds: (sources.get(raw.seq) ?? []).map((link) => link.source_id),
      }));
    },
    findClaim(id: string): (ClaimRow & { articleSeq: number }) | null {
      const raw = s.claim.get(id);
      return raw === undefined ? null : { ...toClaim(raw), articleSeq: raw.article_seq };
    },
    insertClaim(row: { id: string; articleSeq: number; quote: string; createdBy: string; createdAt: string }): void {
      s.insertClaim.run(row);
    },
    insertCheck(row: { claimSeq: number; status: ClaimStatus; note: string; quote: string; checkedBy: string; checkedAt: string }): void {
      s.insertCheck.run(row);
    },
    setAuthor(claimSeq: number, author: ClaimAuthor | null): void {
      s.setAuthor.run({ seq: claimSeq, kind: author?.kind ?? null, name: author?.name ?? null, url: author?.url ?? '' });
    },
    /** Replaces a claim's sources; returns how many of the ids named a source (the others do not exist). */
    setSources(claimSeq: number, sourceIds: readonly string[]): number {
      s.clearSources.run(claimSeq);
      let linked = 0;
      sourceIds.forEach((id, position) => {
        linked += s.insertSource.run(claimSeq, position, id).changes;
      });
      return linked;
    },
  };
}
