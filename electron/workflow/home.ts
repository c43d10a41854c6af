import type { HomeSection } from '../../shared/domain/workflow';
import type { Session } from '../../shared/domain/session';
import type { HomeFilter } from './repository';
import { workflowStores, type WorkflowDeps } from './stores';

const SECTION_LIMIT = 50;

type SectionSpec = { id: HomeSection['id']; title: string; filter: HomeFilter };

/** Each role's desk: what is waiting for this person, with counts. */
export function homeService({ db, now }: Pick<WorkflowDeps, 'db' | 'now'>) {
  const { workflow } = workflowStores(db);

  function sectionsFor(session: Session, todayStart: string): SectionSpec[] {
    const me = session.userId;
    switch (session.role) {
      case 'writer':
        return [
          { id: 'returnedToMe', title: 'Returned to me', filter: { kind: 'authoredInState', authorId: me, state: 'returned' } },
          { id: 'myDrafts', title: 'My drafts', filter: { kind: 'authoredInState', authorId: me, state: 'draft' } },
        ];
      case 'editor':
        return [
          { id: 'submitted', title: 'Submitted', filter: { kind: 'inState', state: 'submitted' } },
          { id: 'inEditByMe', title: 'In edit by me', filter: { kind: 'heldInState', holderId: me, state: 'in_edit' } },
        ];
      case 'desk_chief':
        return [
          { id: 'ready', title: 'Ready for approval', filter: { kind: 'inState', state: 'ready' } },
          { id: 'scheduled', title: 'Scheduled', filter: { kind: 'inState', state: 'scheduled' } },
          { id: 'publishedToday', title: 'Published today', filter: { kind: 'publishedSince', since: todayStart } },
        ];
      case 'admin':
        return [];
    }
  }

  return {
    home(session: Session, todayStart?: string): HomeSection[] {
      const start = todayStart ?? `${now().toISOString().slice(0, 10)}T00:00:00.000Z`;
      return sectionsFor(session, start).map(({ id, title, filter }) => {
        const { items, count } = workflow.home(filter, SECTION_LIMIT);
        return { id, title, count, items };
      });
    },
  };
}
