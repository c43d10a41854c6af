import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import type { ArticleStore } from './store';
import { toFtsQuery } from './search-query';
import { GalleyError } from '../../shared/contract/errors';
import { emptyMeta, keptMeta, type Article, type ArticleMeta, type ArticleSummary } from '../../shared/domain/article';
import type { Revision, RevisionSummary } from '../../shared/domain/revision';
import type { Session } from '../../shared/domain/session';
import { emptyBody, type ArticleBody } from '../../shared/content/body';
import { canonicalJson } from '../../shared/content/canonical-json';
import { validateBody, InvalidBodyError, type ValidatedBody } from '../../shared/content/validate';
import type { ArticlePolicy, WriteGuard } from './write-guard';

export interface SaveRequest {
  id: string;
  baseVersion: number;
  meta?: ArticleMeta | undefined;
  body?: ArticleBody | undefined;
}

export interface SaveResult {
  version: number;
  wordCount: number;
  updatedAt: string;
}

export interface ArticleServiceDeps {
  db: Db;
  store: ArticleStore;
  events: EventBus;
  /** Who may create and change articles (the workflow policy); checked inside each write's transaction. */
  policy: ArticlePolicy;
  now?: () => Date;
  /**
   * Called inside the transaction of every write of a new working-copy body, with the
   * article's row number: the sources service keeps its citation index with it.
   */
  onBodyWritten?: (seq: number, body: ArticleBody) => void;
}

function validated(body: unknown): ValidatedBody {
  try {
    return validateBody(body);
  } catch (error) {
    if (error instanceof InvalidBodyError) {
      throw new GalleyError('INVALID_CONTENT', `${error.message} The last saved copy is unchanged.`);
    }
    throw error;
  }
}

export type ArticleService = ReturnType<typeof articleService>;

export function articleService({ db, store, events, policy, now = () => new Date(), onBodyWritten = () => {} }: ArticleServiceDeps) {
  const { rows: articles, revisions } = store;
  const stamp = () => now().toISOString();
  const mustFind = store.require;

  const snapshot = (seq: number, article: Pick<Article, 'meta' | 'body' | 'wordCount'>, name: string, reason: RevisionSummary['reason'], session: Session) =>
    store.snapshot(seq, article, { name, reason, author: session.displayName, at: stamp() });

  return {
    /**
     * Creates an article; `body` (from an import) is validated like any save. Whoever
     * creates it (writer, editor or desk chief) is most likely its author, as in a word
     * processor, so without a byline of its own (a new article, an import that names
     * nobody) it starts with theirs; it is a chip they can remove. `id` is given only for
     * an article shared through the newsroom hub, which keeps its id on every workstation.
     */
    create(session: Session, meta: Partial<ArticleMeta> = {}, body: unknown = emptyBody(), id: string = randomUUID()): Article {
      policy.checkCreate(session);
      const checked = validated(body);
      const creator = session.displayName.trim();
      const bylines = meta.bylines && meta.bylines.length > 0 ? meta.bylines : creator ? [creator] : [];
      db.transaction(() => {
        const seq = articles.insert({
          id,
          meta: keptMeta({ ...emptyMeta(), ...meta, bylines }),
          body: checked.body,
          bodyText: checked.text,
          wordCount: checked.wordCount,
          createdBy: session.userId,
          now: stamp(),
        });
        onBodyWritten(seq, checked.body);
      }).immediate();
      events.emit({ type: 'articles.listChanged' });
      return mustFind(id).article;
    },

    get(id: string): Article {
      return mustFind(id).article;
    },

    list(query: string, offset: number, limit: number): { items: ArticleSummary[]; total: number } {
      const ftsQuery = toFtsQuery(query);
      return articles.page(ftsQuery === null ? null : { ftsQuery, text: query }, offset, limit);
    },

    /**
     * Saves the working copy. Validation happens before the transaction, so a body that
     * cannot be loaded never reaches the disk; the version check happens inside it, so
     * two windows cannot overwrite each other unseen. `guard` is the workflow's holder rule
     * unless the caller brings a narrower one (the review's annotation-only save).
     */
    save(session: Session, request: SaveRequest, guard: WriteGuard = policy.guard(session)): SaveResult {
      const checkedBody = request.body === undefined ? null : validated(request.body);
      const result = db.transaction((): SaveResult => {
        // The head only: reading and parsing the stored body just to compare versions
        // would cost a millisecond per autosave of a long article.
        const head = store.requireHead(request.id);
        guard.check({ seq: head.seq, id: request.id });
        if (head.version !== request.baseVersion) {
          throw new GalleyError(
            'CONFLICT',
            `This article was changed elsewhere (now at version ${head.version}, you edited version ${request.baseVersion}). Reload it to see the latest text.`,
          );
        }
        const body = checkedBody ?? validated(mustFind(request.id).article.body);
        const meta = request.meta === undefined ? head.meta : keptMeta(request.meta);
        const updatedAt = stamp();
        const version = head.version + 1;
        articles.write({
          seq: head.seq,
          meta,
          body: body.body,
          bodyText: body.text,
          wordCount: body.wordCount,
          version,
          now: updatedAt,
        });
        if (checkedBody !== null) onBodyWritten(head.seq, body.body);
        return { version, wordCount: body.wordCount, updatedAt };
      }).immediate();
      events.emit({ type: 'article.saved', articleId: request.id, version: result.version, updatedAt: result.updatedAt });
      return result;
    },

    createRevision(session: Session, articleId: string, name: string): RevisionSummary {
      const guard = policy.guard(session);
      const summary = db.transaction(() => {
        const { seq, article } = mustFind(articleId);
        guard.check({ seq, id: articleId });
        return snapshot(seq, article, name, 'manual', session);
      }).immediate();
      events.emit({ type: 'revisions.changed', articleId });
      return summary;
    },

    listRevisions(articleId: string): RevisionSummary[] {
      return revisions.list(mustFind(articleId).seq);
    },

    /**
     * Writes the shared text of a joined workstation's article (its replica's body and
     * metadata, electron/newsroom/writeback) into the working copy, so that search, the
     * checks, exports and the list read what the newsroom has. No holder check: the hub
     * decided who could change that text. No revision and no audit entry: the text's own
     * history is the replica's log and the hub's audit. Nothing is written when the text
     * is already there. Returns whether it wrote.
     */
    writeShared(articleId: string, meta: ArticleMeta, body: ArticleBody): boolean {
      const checked = validated(body);
      const result = db.transaction((): SaveResult | null => {
        const found = mustFind(articleId);
        const kept = keptMeta(meta);
        if (canonicalJson(found.article.body) === canonicalJson(checked.body) && canonicalJson(found.article.meta) === canonicalJson(kept)) return null;
        const head = store.requireHead(articleId);
        const updatedAt = stamp();
        const version = head.version + 1;
        articles.write({ seq: head.seq, meta: kept, body: checked.body, bodyText: checked.text, wordCount: checked.wordCount, version, now: updatedAt });
        onBodyWritten(head.seq, checked.body);
        return { version, wordCount: checked.wordCount, updatedAt };
      }).immediate();
      if (result === null) return false;
      events.emit({ type: 'article.saved', articleId, version: result.version, updatedAt: result.updatedAt });
      return true;
    },

    getRevision(id: string): Revision {
      const revision = revisions.find(id);
      if (!revision) throw new GalleyError('NOT_FOUND', 'That version does not exist.');
      return revision;
    },

    /** Restoring never throws text away: the current working copy becomes a revision first. */
    restore(session: Session, articleId: string, revisionId: string): Article {
      const guard = policy.guard(session);
      db.transaction(() => {
        const { seq, article } = mustFind(articleId);
        guard.check({ seq, id: articleId });
        const revision = revisions.find(revisionId);
        if (!revision || revision.articleId !== articleId) {
          throw new GalleyError('NOT_FOUND', 'That version does not belong to this article.');
        }
        const checked = validated(revision.body);
        snapshot(seq, article, `Before restoring “${revision.name}”`, 'before-restore', session);
        articles.write({
          seq,
          meta: revision.meta,
          body: checked.body,
          bodyText: checked.text,
          wordCount: checked.wordCount,
          version: article.version + 1,
          now: stamp(),
        });
        onBodyWritten(seq, checked.body);
      }).immediate();
      const restored = mustFind(articleId).article;
      events.emit({ type: 'article.saved', articleId, version: restored.version, updatedAt: restored.updatedAt });
      events.emit({ type: 'revisions.changed', articleId });
      return restored;
    },
  };
}
