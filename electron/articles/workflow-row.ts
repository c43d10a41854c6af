import type { WorkflowState } from '../../shared/domain/article';

/**
 * The workflow columns of an article row: where it stands, who holds it, which revision is
 * approved and published. The workflow decides them; the row is the articles' own, so the
 * SQL that reads and writes them lives here.
 */
export interface WorkflowRow {
  seq: number;
  id: string;
  state: WorkflowState;
  authorId: string;
  holderId: string | null;
  approvedRevisionId: string | null;
  approvedHash: string | null;
  publishAt: string | null;
  publishedRevisionId: string | null;
  publishedAt: string | null;
  stateChangedAt: string;
}

export type WorkflowColumns = Pick<
  WorkflowRow,
  'state' | 'holderId' | 'approvedRevisionId' | 'approvedHash' | 'publishAt' | 'publishedRevisionId' | 'publishedAt' | 'stateChangedAt'
>;

/** An article as a desk list shows it; people are ids (their names are the users' to tell). */
export interface DeskRow {
  seq: number;
  id: string;
  headline: string;
  section: string;
  state: WorkflowState;
  authorId: string;
  holderId: string | null;
  updatedAt: string;
  stateChangedAt: string;
  publishAt: string | null;
}

/** Which articles a desk section lists; each is one indexed query. */
export type DeskFilter =
  | { kind: 'authoredInState'; authorId: string; state: WorkflowState }
  | { kind: 'inState'; state: WorkflowState }
  | { kind: 'heldInState'; holderId: string; state: WorkflowState }
  | { kind: 'publishedSince'; since: string };
