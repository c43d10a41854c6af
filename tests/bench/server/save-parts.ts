import type { Db } from '../../../electron/db/connection';
import { articleRepository } from '../../../electron/articles/repository';
import { bodyIndex } from '../../../electron/sources/body-index';
import type { ArticleBody } from '../../../shared/content/body';
import { validateBody } from '../../../shared/content/validate';
import { now, summarize, type Summary } from '../support/stats';

export interface SavePart {
  name: string;
  summary: Summary;
}

export interface SavePartsResult {
  parts: SavePart[];
  /** The medians of the parts added up, to compare with the median of the whole save. */
  sumOfMedians: number;
}

/**
 * Where the time of one save goes. Galley's save is one function; to time its steps they
 * are replayed here one by one, in the same order and inside the same kind of transaction.
 * Validation and the read of the current copy call Galley's own functions; the writes use
 * the statements of electron/articles/repository.ts, copied because the repository does
 * not expose them one by one. If the repository's SQL changes, the "parts summed" row
 * drifting away from the whole save is the sign to update these.
 */
export function measureSaveParts(
  db: Db,
  articleId: string,
  body: ArticleBody,
  edit: () => void,
  iterations: number,
  warmup: number,
): SavePartsResult {
  const repository = articleRepository(db);
  const citations = bodyIndex(db);
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const updateArticle = db.prepare(`
    UPDATE articles SET headline = @headline, dek = @dek, bylines_json = @bylines_json, section = @section,
      tags_json = @tags_json, slug = @slug, dateline = @dateline, language = @language,
      version = @version, word_count = @word_count, updated_at = @now
    WHERE seq = @seq`);
  const upsertBody = db.prepare(`
    INSERT INTO article_bodies (article_seq, body_json) VALUES (?, ?)
    ON CONFLICT (article_seq) DO UPDATE SET body_json = excluded.body_json`);
  const deleteFts = db.prepare('DELETE FROM articles_fts WHERE rowid = ?');
  const insertFts = db.prepare('INSERT INTO articles_fts (rowid, headline, dek, body) VALUES (?, ?, ?, ?)');

  const names = [
    'headless validation',
    'begin transaction',
    'read current version (head row)',
    'serialise body',
    'SQL write (article + body rows)',
    'FTS reindex (delete + insert)',
    'citation index (scan + rewrite)',
    'commit (fsync)',
  ] as const;
  const samples: number[][] = names.map(() => []);

  for (let round = 0; round < warmup + iterations; round += 1) {
    edit();
    const t0 = now();
    const checked = validateBody(body);
    const t1 = now();
    begin.run();
    const t2 = now();
    const found = repository.head(articleId);
    if (found === null) throw new Error('the benchmark article vanished');
    const t3 = now();
    const json = JSON.stringify(checked.body);
    const t4 = now();
    const meta = found.meta;
    updateArticle.run({
      seq: found.seq,
      headline: meta.headline,
      dek: meta.dek,
      bylines_json: JSON.stringify(meta.bylines),
      section: meta.section,
      tags_json: JSON.stringify(meta.tags),
      slug: meta.slug,
      dateline: meta.dateline,
      language: meta.language,
      version: found.version + 1,
      word_count: checked.wordCount,
      now: new Date().toISOString(),
    });
    upsertBody.run(found.seq, json);
    const t5 = now();
    deleteFts.run(found.seq);
    insertFts.run(found.seq, meta.headline, meta.dek, checked.text);
    const t6 = now();
    citations.write(found.seq, checked.body);
    const t7 = now();
    commit.run();
    const t8 = now();
    if (round < warmup) continue;
    const stamps = [t0, t1, t2, t3, t4, t5, t6, t7, t8];
    for (let i = 0; i < names.length; i += 1) samples[i]?.push((stamps[i + 1] ?? 0) - (stamps[i] ?? 0));
  }

  const parts = names.map((name, i) => ({ name, summary: summarize(samples[i] ?? []) }));
  return { parts, sumOfMedians: parts.reduce((sum, part) => sum + part.summary.p50, 0) };
}
