import type { Db } from '../../db/connection';

export type SharedOrigin = 'here' | 'hub';

export interface SharedArticle {
  articleId: string;
  /** `here`: registered on the hub by this workstation, the only one that may seed it; `hub`: another person's. */
  origin: SharedOrigin;
  seededAt: string | null;
}

/** Migration 019's table: which articles this workstation shares through its hub, and whether they are seeded. */
export function sharedArticles(db: Db) {
  const select = db.prepare<[string], { article_id: string; origin: SharedOrigin; seeded_at: string | null }>(
    'SELECT article_id, origin, seeded_at FROM shared_articles WHERE article_id = ?',
  );
  // A row once written keeps its origin: only the workstation that registered an article seeds it.
  const insert = db.prepare<[string, SharedOrigin, string]>(
    'INSERT INTO shared_articles (article_id, origin, registered_at) VALUES (?, ?, ?) ON CONFLICT (article_id) DO NOTHING',
  );
  const seeded = db.prepare<[string, string]>('UPDATE shared_articles SET seeded_at = coalesce(seeded_at, ?) WHERE article_id = ?');
  return {
    find(articleId: string): SharedArticle | null {
      const row = select.get(articleId);
      return row === undefined ? null : { articleId: row.article_id, origin: row.origin, seededAt: row.seeded_at };
    },
    record(articleId: string, origin: SharedOrigin, at: string): void {
      insert.run(articleId, origin, at);
    },
    markSeeded(articleId: string, at: string): void {
      seeded.run(at, articleId);
    },
  };
}
