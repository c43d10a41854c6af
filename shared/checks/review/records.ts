import type { ClaimStatus } from '../../domain/review';

/** What the review checks know of an article's comments and claims (the records live in SQLite). */
export interface ReviewRecords {
  comments: readonly { id: string; quote: string; blocking: boolean; resolved: boolean }[];
  /**
   * `quote` is the words as first marked (the checks quote the body's current words while
   * the mark is there); `verdictQuote` the words the last verdict was given on (null: none).
   */
  claims: readonly { id: string; quote: string; status: ClaimStatus; verdictQuote: string | null }[];
}
