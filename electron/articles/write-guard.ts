import type { Session } from '../../shared/domain/session';

/** Which article a guard is asked about: the guard reads what it needs of it itself. */
export interface GuardedArticle {
  seq: number;
  id: string;
}

/**
 * The checks around one change to an article's content, run inside the transaction that
 * writes it, so that what was checked is what gets written (electron/workflow implements it).
 */
export interface WriteGuard {
  /** Before anything is written: throws FORBIDDEN when this person may not change the article now. */
  check(target: GuardedArticle): void;
}

/** Who may start articles, and the guard for each change: the workflow policy, as the article service needs it. */
export interface ArticlePolicy {
  checkCreate(session: Session): void;
  guard(session: Session): WriteGuard;
}
