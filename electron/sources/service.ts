import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import type { ArticlePolicy } from '../articles/write-guard';
import type { ArticleStore } from '../articles/store';
import type { SourceRecords } from './records';
import type { CitingArticle, SourceRepository } from './repository';
import { importReferences, type ImportedReferences } from './import/import-references';
import { GalleyError } from '../../shared/contract/errors';
import type { Session } from '../../shared/domain/session';
import type { Source, SourceFields } from '../../shared/domain/source';
import type { Redactor } from '../../shared/sources/redaction';
import { canCreateArticles } from '../../shared/workflow/policy';
import type { PublicationGuard } from '../workflow/publication-guard';

export interface SourcesServiceDeps {
  db: Db;
  sources: SourceRepository;
  records: SourceRecords;
  articles: Pick<ArticleStore, 'requireHead'>;
  events: EventBus;
  /** The workflow's article policy: attaching a source changes an article, under the same holder rule as typing in it. */
  policy: ArticlePolicy;
  /** Holds approved articles to what they approved: a source is part of every article that cites or attaches it. */
  publications: PublicationGuard;
  now: () => Date;
}

export interface SourceListRequest {
  articleId?: string | undefined;
  query?: string | undefined;
  limit: number;
}

export type SourcesService = ReturnType<typeof sourcesService>;

/** The newsroom's source library, the sources attached to each article, and what the checks and exports need of them. */
export function sourcesService({ db, sources, records, articles, events, policy, publications, now }: SourcesServiceDeps) {
  const stamp = () => now().toISOString();
  const mustFindArticle = articles.requireHead;

  function mustFindSource(id: string): Source {
    const source = sources.find(id);
    if (!source) throw new GalleyError('NOT_FOUND', 'That source is not in the library (it may have been deleted).');
    return source;
  }

  function checkLibraryWrite(session: Session): void {
    if (!canCreateArticles(session.role)) {
      throw new GalleyError('FORBIDDEN', 'Admins manage people and settings; sign in as a writer, editor or desk chief to edit sources.');
    }
  }

  /** Checks that `session` may change the article now; returns its row number. Call inside the write transaction. */
  function guardArticle(session: Session, articleId: string): number {
    const { seq } = mustFindArticle(articleId);
    policy.guard(session).check({ seq, id: articleId });
    return seq;
  }

  /** "cited in “A” (2 places) and “B”": headlines redacted, since messages reach the command line. */
  function describeCiting(citing: readonly CitingArticle[], redactor: Redactor): string {
    const shown = citing.slice(0, 3).map((c) => `“${redactor.text(c.headline.trim() || 'Untitled')}”${c.places > 1 ? ` (${c.places} places)` : ''}`);
    const more = citing.length > 3 ? ` and ${citing.length - 3} more` : '';
    return `${shown.join(', ')}${more}`;
  }

  const libraryRedactor = records.libraryRedactor;

  /** "Source “Harbour audit”", as messages and the audit log may name it. */
  const named = (source: Source): string => `Source “${libraryRedactor().source(source).title}”`;


  return {
    list(request: SourceListRequest): Source[] {
      if (request.articleId === undefined) return sources.search(request.query ?? '', request.limit);
      const attached = sources.ofArticle(mustFindArticle(request.articleId).seq);
      return attached.slice(0, request.limit);
    },

    create(session: Session, fields: SourceFields, attachTo?: string): Source {
      checkLibraryWrite(session);
      const created = db.transaction(() => {
        const seq = attachTo === undefined ? null : guardArticle(session, attachTo);
        const at = stamp();
        const insert = () => sources.insert(randomUUID(), fields, at);
        if (seq === null || attachTo === undefined) return insert();
        return publications.change(session, 'The list of sources', { articleId: attachTo }, () => {
          const source = insert();
          sources.attach(seq, source.id, at);
          return source;
        });
      }).immediate();
      if (attachTo !== undefined) events.emit({ type: 'sources.changed', articleId: attachTo });
      return created;
    },

    update(session: Session, id: string, fields: SourceFields): Source {
      checkLibraryWrite(session);
      const updated = db.transaction(() =>
        publications.change(session, named(mustFindSource(id)), { sourceId: id }, () => sources.update(id, fields, stamp())),
      ).immediate();
      if (updated === null) throw new GalleyError('NOT_FOUND', 'That source is not in the library (it may have been deleted).');
      events.emit({ type: 'sources.changed', articleId: null });
      return updated;
    },

    /** Deletes a library source; refused while any article's text cites it (the citations would dangle). */
    remove(session: Session, id: string): void {
      checkLibraryWrite(session);
      db.transaction(() => {
        const source = mustFindSource(id);
        const citing = sources.citingArticles(id);
        if (citing.length > 0) {
          const redactor = libraryRedactor();
          throw new GalleyError(
            'CONFLICT',
            `“${redactor.source(source).title}” is cited in ${citing.length === 1 ? 'an article' : `${citing.length} articles`}: ${describeCiting(citing, redactor)}. Remove those citations first, then delete the source.`,
          );
        }
        publications.change(session, named(source), { sourceId: id }, () => sources.remove(id));
      }).immediate();
      events.emit({ type: 'sources.changed', articleId: null });
    },

    attach(session: Session, articleId: string, sourceId: string): Source[] {
      const attached = db.transaction(() => {
        const seq = guardArticle(session, articleId);
        const source = mustFindSource(sourceId);
        return publications.change(session, named(source), { articleId }, () => {
          sources.attach(seq, sourceId, stamp());
          return sources.ofArticle(seq);
        });
      }).immediate();
      events.emit({ type: 'sources.changed', articleId });
      return attached;
    },

    /** Removes a source from an article (not from the library); refused while the article's text cites it. */
    detach(session: Session, articleId: string, sourceId: string): Source[] {
      const attached = db.transaction(() => {
        const seq = guardArticle(session, articleId);
        const source = mustFindSource(sourceId);
        const places = sources.placesIn(seq, sourceId);
        if (places > 0) {
          throw new GalleyError(
            'CONFLICT',
            `“${libraryRedactor().source(source).title}” is cited in ${places === 1 ? 'one place' : `${places} places`} in this article. Remove those citations first, then remove the source.`,
          );
        }
        return publications.change(session, named(source), { articleId }, () => {
          sources.detach(seq, sourceId);
          return sources.ofArticle(seq);
        });
      }).immediate();
      events.emit({ type: 'sources.changed', articleId });
      return attached;
    },

    /** Reads a CSL-JSON or BibTeX file into the library; entries already there are reused, not added again. */
    importFile(session: Session, fileName: string, text: string, attachTo?: string): ImportedReferences {
      checkLibraryWrite(session);
      const result = db.transaction(() => {
        const seq = attachTo === undefined ? null : guardArticle(session, attachTo);
        const at = stamp();
        const read = () => importReferences(fileName, text, {
          findSame: (fields) => sources.findSame(fields),
          insert: (fields) => {
            const source = sources.insert(randomUUID(), fields, at);
            if (seq !== null) sources.attach(seq, source.id, at);
            return source;
          },
          reuse: (source) => {
            if (seq !== null) sources.attach(seq, source.id, at);
          },
        });
        return attachTo === undefined ? read() : publications.change(session, 'The list of sources', { articleId: attachTo }, read);
      }).immediate();
      events.emit({ type: 'sources.changed', articleId: attachTo ?? null });
      return result;
    },

    recordsFor: records.recordsFor,
    forExport: records.forExport,
    /** A redactor for every confidential source in the library: for logs and command output, which may mention any. */
    libraryRedactor,
  };
}
