import { z } from 'zod';
import type { Db } from '../db/connection';
import { readJsonColumn } from '../db/json-column';
import type { RemoteRef } from './targets/target';

export interface StoredPublication {
  articleSeq: number;
  targetSeq: number;
  ref: RemoteRef;
  remoteState: 'live' | 'down';
  syncedRevisionId: string | null;
  firstPublishedAt: string | null;
  syncedAt: string;
}

interface RawPublication {
  article_seq: number;
  target_seq: number;
  remote_id: string;
  url: string | null;
  remote_version: string | null;
  images_json: string;
  remote_state: 'live' | 'down';
  synced_revision_id: string | null;
  first_published_at: string | null;
  synced_at: string;
}

const ImagesSchema = z.record(z.string(), z.string());

const imagesOf = (json: string): Record<string, string> => readJsonColumn(ImagesSchema, json) ?? {};

const toStored = (raw: RawPublication): StoredPublication => ({
  articleSeq: raw.article_seq,
  targetSeq: raw.target_seq,
  ref: { remoteId: raw.remote_id, url: raw.url, remoteVersion: raw.remote_version, images: imagesOf(raw.images_json) },
  remoteState: raw.remote_state,
  syncedRevisionId: raw.synced_revision_id,
  firstPublishedAt: raw.first_published_at,
  syncedAt: raw.synced_at,
});

/** What Galley knows of each article's copy on each target: written only with what the target reported. */
export function publicationsRepository(db: Db) {
  const get = db.prepare('SELECT * FROM publications WHERE article_seq = ? AND target_seq = ?');
  const ofArticle = db.prepare('SELECT * FROM publications WHERE article_seq = ?');
  const upsert = db.prepare(
    `INSERT INTO publications (article_seq, target_seq, remote_id, url, remote_version, images_json, remote_state, synced_revision_id, first_published_at, synced_at)
     VALUES (@articleSeq, @targetSeq, @remoteId, @url, @remoteVersion, @images, @remoteState, @syncedRevisionId, @firstPublishedAt, @syncedAt)
     ON CONFLICT (article_seq, target_seq) DO UPDATE SET remote_id = excluded.remote_id, url = excluded.url,
       remote_version = excluded.remote_version, images_json = excluded.images_json, remote_state = excluded.remote_state,
       synced_revision_id = excluded.synced_revision_id,
       first_published_at = COALESCE(publications.first_published_at, excluded.first_published_at), synced_at = excluded.synced_at`,
  );
  return {
    find(articleSeq: number, targetSeq: number): StoredPublication | null {
      const raw = get.get(articleSeq, targetSeq) as RawPublication | undefined;
      return raw ? toStored(raw) : null;
    },
    ofArticle: (articleSeq: number): StoredPublication[] => (ofArticle.all(articleSeq) as RawPublication[]).map(toStored),
    record(publication: StoredPublication): void {
      upsert.run({
        articleSeq: publication.articleSeq,
        targetSeq: publication.targetSeq,
        remoteId: publication.ref.remoteId,
        url: publication.ref.url,
        remoteVersion: publication.ref.remoteVersion,
        images: JSON.stringify(publication.ref.images),
        remoteState: publication.remoteState,
        syncedRevisionId: publication.syncedRevisionId,
        firstPublishedAt: publication.firstPublishedAt,
        syncedAt: publication.syncedAt,
      });
    },
  };
}

export type PublicationsRepository = ReturnType<typeof publicationsRepository>;

/** Where readers find an article on the web, and since when: see `publishedAddress`. */
export interface PublishedAddress {
  url: string | null;
  firstPublishedAt: string | null;
}

/**
 * The article's address on the web, for what names it from outside (the ClaimReview of an
 * export): the live copy first published with an http(s) address. A folder's `file:` page
 * is no address a reader or a fact-check consumer can follow, so it does not count.
 */
export function publishedAddress(db: Db, articleSeq: number): PublishedAddress {
  const row = db
    .prepare(
      `SELECT p.url AS url, p.first_published_at AS firstPublishedAt FROM publications p
       WHERE p.article_seq = ? AND p.remote_state = 'live' AND (p.url LIKE 'https://%' OR p.url LIKE 'http://%')
       ORDER BY p.first_published_at IS NULL, p.first_published_at, p.target_seq LIMIT 1`,
    )
    .get(articleSeq) as PublishedAddress | undefined;
  return row ?? { url: null, firstPublishedAt: null };
}
