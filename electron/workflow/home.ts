import type { HomeItem, HomeSection } from '../../shared/domain/workflow';
import type { Session } from '../../shared/domain/session';
import type { DeskFilter, DeskRow } from '../articles/workflow-row';
import type { WorkflowDeps } from './stores';

const SECTION_LIMIT = 50;

type SectionSpec = { id: HomeSection['id']; title: string; filter: DeskFilter };

/** Each role's desk: what is waiting for this person, with counts. */
export function homeService({ stores, now }: Pick<WorkflowDeps, 'stores' | 'now'>) {
  const { articles, workflow, users } = stores;

  /** A desk row with its people's names and, for a returned article, why it came back. */
  const itemOf = (row: DeskRow): HomeItem => ({
    id: row.id,
    headline: row.headline,
    section: row.section,
    state: row.state,
    author: { id: row.authorId, name: users.displayName(row.authorId) },
    holder: row.holderId === null ? null : { id: row.holderId, name: users.displayName(row.holderId) },
    updatedAt: row.updatedAt,
    stateChangedAt: row.stateChangedAt,
    publishAt: row.publishAt,
    note: row.state === 'returned' ? (workflow.lastStep(row.seq, 'return')?.note ?? null) : null,
  });

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
        const { rows, count } = articles.states.desk(filter, SECTION_LIMIT);
        return { id, title, count, items: rows.map(itemOf) };
      });
    },
  };
}
