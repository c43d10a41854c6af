import type { ClaimStatus } from '../../domain/review';

/** What the review checks know of an article's comments and claims (the records live in SQLite). */
export interface ReviewRecords {
  comments: readonly { id: string; quote: string; blocking: boolean; resolved: boolean }[];
  /**
   * The checks quote a claim as the body they check reads (a claim whose mark is gone has no
   * finding); `verdictQuote` is the words its last verdict was given on (null: none).
   */
  claims: readonly { id: string; status: ClaimStatus; verdictQuote: string | null }[];
}
