import type { Db } from '../../db/connection';
import { ArticleBodySchema, type ArticleBody } from '../../../shared/content/body';
import { ArticleMetaSchema, type ArticleMeta } from '../../../shared/domain/article';

/** Edits the hub refused, as the person saw their article when they were held apart. */
export interface HeldEdits {
  id: number;
  document: string;
  body: ArticleBody;
  meta: ArticleMeta;
  /** How many edits were refused. */
  changes: number;
  /** Why, in words for the person ("the article is approved now …"). */
  reason: string;
  at: string;
}

interface Row {
  id: number;
  document: string;
  body_json: string;
  meta_json: string;
  changes: number;
  reason: string;
  created_at: string;
}

export type HeldRepository = ReturnType<typeof heldRepository>;

/** Migration 021's `collab_held`: what the person typed where the hub refused it, until they keep or discard it. */
export function heldRepository(db: Db) {
  const insert = db.prepare<[string, string, string, number, string, string]>(
    'INSERT INTO collab_held (document, body_json, meta_json, changes, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const byDocument = db.prepare<[string], Row>('SELECT * FROM collab_held WHERE document = ? ORDER BY id');
  const byId = db.prepare<[number], Row>('SELECT * FROM collab_held WHERE id = ?');
  const remove = db.prepare<[number]>('DELETE FROM collab_held WHERE id = ?');
  // Read back as any stored JSON is: a row is only as good as what wrote it.
  const read = (row: Row): HeldEdits => ({
    id: row.id,
    document: row.document,
    body: ArticleBodySchema.parse(JSON.parse(row.body_json)),
    meta: ArticleMetaSchema.parse(JSON.parse(row.meta_json)),
    changes: row.changes,
    reason: row.reason,
    at: row.created_at,
  });

  return {
    add(held: Omit<HeldEdits, 'id'>): number {
      return Number(insert.run(held.document, JSON.stringify(held.body), JSON.stringify(held.meta), held.changes, held.reason, held.at).lastInsertRowid);
    },
    list(document: string): HeldEdits[] {
      return byDocument.all(document).map(read);
    },
    find(id: number): HeldEdits | null {
      const row = byId.get(id);
      return row === undefined ? null : read(row);
    },
    remove(id: number): boolean {
      return remove.run(id).changes > 0;
    },
  };
}
