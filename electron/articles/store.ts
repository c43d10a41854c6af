import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import { GalleyError } from '../../shared/contract/errors';
import type { Article } from '../../shared/domain/article';
import type { RevisionSummary } from '../../shared/domain/revision';
import { contentHash } from '../../shared/node/content-hash';
import { articleRepository, type ArticleHead, type StoredArticle } from './repository';
import { revisionRepository } from './revision-repository';
import { articleStateRepository } from './state-repository';
import type { WorkflowRow } from './workflow-row';

/** The one refusal for an article id that names nothing (never found, or removed). */
export const articleNotFound = (): GalleyError => new GalleyError('NOT_FOUND', 'That article does not exist (it may have been removed).');

/** What a revision snapshot records besides the content: its name, why it was kept, by whom and when. */
export interface SnapshotLabel {
  name: string;
  reason: RevisionSummary['reason'];
  author: string;
  at: string;
}

function found<T>(value: T | null): T {
  if (value === null) throw articleNotFound();
  return value;
}

export type ArticleStore = ReturnType<typeof articleStore>;

/**
 * The articles' tables as every feature reaches them: the rows (content, search index),
 * their revisions and their workflow columns, with the lookups that refuse an unknown
 * article and the one way a working copy is kept as a revision. Built once, by the
 * composition root; features are handed the parts they need.
 */
export function articleStore(db: Db) {
  const rows = articleRepository(db);
  const revisions = revisionRepository(db);
  const states = articleStateRepository(db);

  return {
    rows,
    revisions,
    states,

    find: (id: string): StoredArticle | null => rows.find(id),
    head: (id: string): ArticleHead | null => rows.head(id),

    require: (id: string): StoredArticle => found(rows.find(id)),
    requireHead: (id: string): ArticleHead => found(rows.head(id)),
    /** The article's workflow columns (state, holder, approval); NOT_FOUND when there is no such article. */
    requireState: (id: string): WorkflowRow => found(states.find(id)),
    requireStateBySeq: (seq: number): WorkflowRow => found(states.findBySeq(seq)),

    /** Keeps the given content of the article as a new revision (inside the caller's transaction). */
    snapshot(seq: number, article: Pick<Article, 'meta' | 'body' | 'wordCount'>, label: SnapshotLabel): RevisionSummary {
      return revisions.insert({
        id: randomUUID(),
        articleSeq: seq,
        name: label.name,
        reason: label.reason,
        meta: article.meta,
        body: article.body,
        wordCount: article.wordCount,
        contentHash: contentHash(article.meta, article.body),
        author: label.author,
        now: label.at,
      });
    },
  };
}
