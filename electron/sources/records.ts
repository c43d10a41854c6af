import type { ArticleStore } from '../articles/store';
import type { SourceRepository } from './repository';
import type { ArticleRecords } from '../../shared/checks/context';
import type { Source } from '../../shared/domain/source';
import { createRedactor, type Redactor } from '../../shared/sources/redaction';

export type SourceRecords = ReturnType<typeof sourceRecords>;

/**
 * Read-only views of the sources that other services need: the checks (an article's
 * sources), the exports (what they may cite, and the redactor) and the logs (the
 * redactor). Kept apart from the sources service so that the checks' context can be made
 * before the services that write.
 */
export function sourceRecords(sources: SourceRepository, articles: Pick<ArticleStore, 'head'>) {

  /** A redactor for every confidential source in the library. */
  const libraryRedactor = (): Redactor => createRedactor(sources.confidential());

  /**
   * An article's attached sources, library sources its working copy cites without their
   * being attached, and every confidential source in the library (the exposure check's names).
   */
  function recordsFor(articleId: string): ArticleRecords {
    const confidentialSources = sources.confidential();
    const head = articles.head(articleId);
    if (!head) return { sources: [], unattachedSources: [], confidentialSources };
    const attached = sources.ofArticle(head.seq);
    const attachedIds = new Set(attached.map((source) => source.id));
    const unattached = sources.findMany(sources.citedIds(head.seq).filter((id) => !attachedIds.has(id)));
    return { sources: attached, unattachedSources: unattached, confidentialSources };
  }

  return {
    recordsFor,
    libraryRedactor,
    /**
     * What an export of the article needs: the sources it may cite, and the redactor for
     * its text. The redactor hides every confidential source in the library, not only this
     * article's: a name typed into another article must not leave either.
     */
    forExport(articleId: string): { sources: Source[]; redactor: Redactor } {
      const records = recordsFor(articleId);
      return { sources: [...records.sources, ...records.unattachedSources], redactor: libraryRedactor() };
    },
  };
}
