import type { Db } from '../db/connection';
import type { ClaimAuthor, ClaimCheck, ClaimStatus, CommentReply, PersonRef } from '../../shared/domain/review';

/** Plain functions over prepared statements for comments, replies, claims, verdicts and claim sources. */

/**
 * What the review reads of other features' tables (people's names, the library's sources),
 * handed in by the composition root so that this file's SQL names only the review's tables.
 * Each takes a whole list's ids: one query per list, never one per row.
 */
export interface ReviewLookups {
  /** People's display names by id. */
  namesOf(ids: readonly string[]): Map<string, string>;
  /** Library sources' row numbers by id; ids that name no source are absent. */
  sourceSeqsOf(ids: readonly string[]): Map<string, number>;
  /** Library sources' ids by row number. */
  sourceIdsOf(seqs: readonly number[]): Map<number, string>;
}

/** A person as a record shows them; the tables' foreign keys keep every id a known user. */
const person = (names: Map<string, string>, id: string): PersonRef => ({ id, name: names.get(id) ?? '' });

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
  body: string;
  created_at: string;
  blocking: number;
  resolved_by: string | null;
  resolved_at: string | null;
}

interface RawClaim {
  seq: number;
  id: string;
  quote: string;
  created_by: string;
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
  checked_at: string;
}

const COMMENT_SELECT = `
  SELECT c.seq, c.id, c.quote, c.author_id, c.body, c.created_at, c.blocking, c.resolved_by, c.resolved_at FROM comments c`;

const CLAIM_SELECT = `
  SELECT k.seq, k.id, k.quote, k.created_by, k.created_at, k.author_kind, k.author_name, k.author_url FROM claims k`;

/** The people a comment names: its author and whoever resolved it. */
const commentPeople = (raw: RawComment): string[] => (raw.resolved_by === null ? [raw.author_id] : [raw.author_id, raw.resolved_by]);

function toComment(raw: RawComment, names: Map<string, string>): CommentRow {
  return {
    seq: raw.seq,
    id: raw.id,
    quote: raw.quote,
    author: person(names, raw.author_id),
    text: raw.body,
    createdAt: raw.created_at,
    blocking: raw.blocking === 1,
    resolved: raw.resolved_by === null || raw.resolved_at === null ? null : { by: person(names, raw.resolved_by), at: raw.resolved_at },
  };
}

const toClaim = (raw: RawClaim, names: Map<string, string>): ClaimRow => ({
  seq: raw.seq,
  id: raw.id,
  quote: raw.quote,
  createdBy: person(names, raw.created_by),
  createdAt: raw.created_at,
  author: raw.author_kind === null || raw.author_name === null ? null : { kind: raw.author_kind, name: raw.author_name, url: raw.author_url },
});

const toCheck = (raw: RawCheck, names: Map<string, string>): ClaimCheck => ({
  status: raw.status,
  note: raw.note,
  quote: raw.quote,
  by: person(names, raw.checked_by),
  at: raw.checked_at,
});

export type ReviewRepository = ReturnType<typeof reviewRepository>;

export function reviewRepository(db: Db, lookups: ReviewLookups) {
  const s = {
    commentsOf: db.prepare<[number], RawComment>(`${COMMENT_SELECT} WHERE c.article_seq = ? ORDER BY c.seq`),
    comment: db.prepare<[string], RawComment & { article_seq: number }>(`${COMMENT_SELECT.replace('SELECT c.seq', 'SELECT c.article_seq, c.seq')} WHERE c.id = ?`),
    insertComment: db.prepare(`INSERT INTO comments (id, article_seq, quote, author_id, body, created_at, blocking)
      VALUES (@id, @articleSeq, @quote, @authorId, @text, @createdAt, @blocking)`),
    setBlocking: db.prepare<[number, number]>('UPDATE comments SET blocking = ? WHERE seq = ?'),
    setResolved: db.prepare<[string | null, string | null, number]>('UPDATE comments SET resolved_by = ?, resolved_at = ? WHERE seq = ?'),
    repliesOf: db.prepare<[number], { comment_seq: number; id: string; author_id: string; body: string; created_at: string }>(`
      SELECT r.comment_seq, r.id, r.author_id, r.body, r.created_at
      FROM comment_replies r JOIN comments c ON c.seq = r.comment_seq
      WHERE c.article_seq = ? ORDER BY r.seq`),
    insertReply: db.prepare(`INSERT INTO comment_replies (id, comment_seq, author_id, body, created_at) VALUES (@id, @commentSeq, @authorId, @text, @createdAt)`),
    claimsOf: db.prepare<[number], RawClaim>(`${CLAIM_SELECT} WHERE k.article_seq = ? ORDER BY k.seq`),
    claim: db.prepare<[string], RawClaim & { article_seq: number }>(`${CLAIM_SELECT.replace('SELECT k.seq', 'SELECT k.article_seq, k.seq')} WHERE k.id = ?`),
    insertClaim: db.prepare(`INSERT INTO claims (id, article_seq, quote, created_by, created_at) VALUES (@id, @articleSeq, @quote, @createdBy, @createdAt)`),
    checksOf: db.prepare<[number], RawCheck>(`
      SELECT h.claim_seq, h.status, h.note, h.quote, h.checked_by, h.checked_at
      FROM claim_checks h JOIN claims k ON k.seq = h.claim_seq
      WHERE k.article_seq = ? ORDER BY h.seq`),
    insertCheck: db.prepare(`INSERT INTO claim_checks (claim_seq, status, note, quote, checked_by, checked_at) VALUES (@claimSeq, @status, @note, @quote, @checkedBy, @checkedAt)`),
    sourcesOf: db.prepare<[number], { claim_seq: number; source_seq: number }>(`
      SELECT cs.claim_seq, cs.source_seq FROM claim_sources cs JOIN claims k ON k.seq = cs.claim_seq
      WHERE k.article_seq = ? ORDER BY cs.claim_seq, cs.position`),
    setAuthor: db.prepare('UPDATE claims SET author_kind = @kind, author_name = @name, author_url = @url WHERE seq = @seq'),
    clearSources: db.prepare<[number]>('DELETE FROM claim_sources WHERE claim_seq = ?'),
    insertSource: db.prepare<[number, number, number]>('INSERT INTO claim_sources (claim_seq, source_seq, position) VALUES (?, ?, ?)'),
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
      const replyRows = s.repliesOf.all(articleSeq);
      const commentRows = s.commentsOf.all(articleSeq);
      const names = lookups.namesOf([...commentRows.flatMap(commentPeople), ...replyRows.map((reply) => reply.author_id)]);
      const replies = groupBy(replyRows, (reply) => reply.comment_seq);
      return commentRows.map((raw) => ({
        comment: toComment(raw, names),
        replies: (replies.get(raw.seq) ?? []).map((reply) => ({
          id: reply.id,
          author: person(names, reply.author_id),
          text: reply.body,
          createdAt: reply.created_at,
        })),
      }));
    },
    findComment(id: string): (CommentRow & { articleSeq: number }) | null {
      const raw = s.comment.get(id);
      return raw === undefined ? null : { ...toComment(raw, lookups.namesOf(commentPeople(raw))), articleSeq: raw.article_seq };
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
      const checkRows = s.checksOf.all(articleSeq);
      const linkRows = s.sourcesOf.all(articleSeq);
      const claimRows = s.claimsOf.all(articleSeq);
      const names = lookups.namesOf([...claimRows.map((raw) => raw.created_by), ...checkRows.map((check) => check.checked_by)]);
      const sourceIds = lookups.sourceIdsOf(linkRows.map((link) => link.source_seq));
      const checks = groupBy(checkRows, (check) => check.claim_seq);
      // A source's removal removes its links (ON DELETE CASCADE): every linked row number has an id.
      const sources = groupBy(linkRows, (link) => link.claim_seq);
      return claimRows.map((raw) => ({
        claim: toClaim(raw, names),
        history: (checks.get(raw.seq) ?? []).map((check) => toCheck(check, names)),
        sourceIds: (sources.get(raw.seq) ?? []).flatMap((link) => sourceIds.get(link.source_seq) ?? []),
      }));
    },
    findClaim(id: string): (ClaimRow & { articleSeq: number }) | null {
      const raw = s.claim.get(id);
      return raw === undefined ? null : { ...toClaim(raw, lookups.namesOf([raw.created_by])), articleSeq: raw.article_seq };
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
      const seqs = lookups.sourceSeqsOf(sourceIds);
      let linked = 0;
      sourceIds.forEach((id, position) => {
        const seq = seqs.get(id);
        if (seq !== undefined) linked += s.insertSource.run(claimSeq, seq, position).changes;
      });
      return linked;
    },
  };
}
