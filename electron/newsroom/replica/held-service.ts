import type { Db } from '../../db/connection';
import type { EventBus } from '../../events';
import type { ArticleService } from '../../articles/service';
import { GalleyError } from '../../../shared/contract/errors';
import { articleDocumentName } from '../../../shared/contract/hub';
import type { HeldEditsSummary } from '../../../shared/contract/channels/newsroom';
import type { Session } from '../../../shared/domain/session';
import { heldRepository, type HeldEdits } from './held-repository';

export type HeldEditsService = ReturnType<typeof heldEditsService>;

const summary = (held: HeldEdits): HeldEditsSummary => ({ id: held.id, changes: held.changes, reason: held.reason, at: held.at, headline: held.meta.headline });

/**
 * What the person does with edits the hub refused (see ./replica, `holdRefused`): they are
 * shown on the article they were typed in, and either discarded or kept as a new local
 * draft with the person's text. Never merged into the shared article.
 */
export function heldEditsService({ db, events, articles }: { db: Db; events: EventBus; articles: Pick<ArticleService, 'create'> }) {
  const held = heldRepository(db);
  const require = (articleId: string, id: number): HeldEdits => {
    const found = held.find(id);
    if (found === null || found.document !== articleDocumentName(articleId)) {
      throw new GalleyError('NOT_FOUND', 'Those changes are no longer waiting: they were kept or discarded already.');
    }
    return found;
  };
  return {
    list(articleId: string): HeldEditsSummary[] {
      return held.list(articleDocumentName(articleId)).map(summary);
    },
    discard(articleId: string, id: number): void {
      require(articleId, id);
      held.remove(id);
      events.emit({ type: 'newsroom.heldChanged', articleId });
    },
    /** A new draft, written by `session`, holding the article as the person had it; the held entry is gone then. */
    keepAsDraft(session: Session, articleId: string, id: number): { articleId: string } {
      const found = require(articleId, id);
      const draft = db.transaction(() => {
        const created = articles.create(session, found.meta, found.body);
        held.remove(id);
        return created;
      })();
      // The new article's own event (the list) is the article service's.
      events.emit({ type: 'newsroom.heldChanged', articleId });
      return { articleId: draft.id };
    },
  };
}
