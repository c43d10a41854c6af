import type { ClaimStatus } from '../../domain/review';

/** What the review checks know of an article's comments and claims (the records live in SQLite). */
export interface ReviewRecords {
  comments: readonly { id: string; quote: string; blocking: boolean; resolved: boolean }[];
  claims: readonly { id: string; quote: string; status: ClaimStatus }[];
}
