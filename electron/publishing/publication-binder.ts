import { GalleyError } from '../../shared/contract/errors';
import type { ArticleStore } from '../articles/store';
import type { PublicationOf } from '../workflow/stores';
import { publicationOf, type PublicationSources } from './payload';
import { publicationHash, publicationJson } from './publication';

/**
 * The workflow's `publicationOf`: a revision's publication as it would go out now, in its
 * stored form. Approval keeps it; the publication guard compares it with the kept one.
 */
export function publicationBinder(revisions: Pick<ArticleStore['revisions'], 'find'>, sources: PublicationSources): PublicationOf {
  return (articleId, revisionId) => {
    const revision = revisions.find(revisionId);
    if (revision === null) throw new GalleyError('NOT_FOUND', 'The revision to approve no longer exists.');
    const publication = publicationOf(sources, articleId, revision);
    return { json: publicationJson(publication), hash: publicationHash(publication), headline: publication.meta.headline };
  };
}
