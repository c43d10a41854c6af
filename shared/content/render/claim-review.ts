import type { ClaimAuthor, ClaimStatus } from '../../domain/review';
import { safeWebUrl } from './safe-url';
import { oneLine } from './clean-text';

/**
 * schema.org ClaimReview (https://schema.org/ClaimReview) for the claims an article checked,
 * when the outlet publishes fact-checks. Each review names the claim's words, the verdict
 * and when it was reached; the outlet is its author; the article is where the claim
 * appears, with its address and date when the output knows them; the review's `url` (which
 * fact-check readers require) is the article's address, where the review is published.
 * The Claim's author is who made it (a Person or an Organization, with its page), when the
 * claim records one.
 * Sources are not listed (a confidential one must never leave), and claims without a
 * verdict are never published.
 *
 * Rating scale (documented in the README): 1 = false, 3 = disputed, 5 = verified, with
 * worstRating 1 and bestRating 5; "unverifiable" is not a point on a truth scale, so it has
 * no ratingValue, only its name. `alternateName` always carries the verdict in words.
 */

export interface ClaimReviewInput {
  quote: string;
  status: ClaimStatus;
  /** When the verdict was recorded (UTC ISO). */
  checkedAt: string;
  sourceIds: readonly string[];
  /** Who made the claim, when recorded. */
  author?: ClaimAuthor | null;
}

export interface ClaimReviewOptions {
  /** The outlet's name: the reviews' author. */
  outletName: string;
  /** The article's headline, naming where the claims appear. */
  headline: string;
  /** The article's address (absolute, or relative to the document the reviews are in); null when it has none yet. */
  url?: string | null;
  /** When the article was first published (UTC ISO); null when it is not. */
  datePublished?: string | null;
}

const VERDICT_NAMES: Readonly<Record<ClaimStatus, string>> = {
  unchecked: 'Unchecked',
  verified: 'Verified',
  disputed: 'Disputed',
  false: 'False',
  unverifiable: 'Unverifiable',
};

export const RATING_VALUES: Readonly<Partial<Record<ClaimStatus, number>>> = { false: 1, disputed: 3, verified: 5 };

const flat = oneLine;

function claimAuthor(author: ClaimAuthor | null | undefined): Record<string, unknown> {
  if (author == null || flat(author.name) === '') return {};
  const url = safeWebUrl(author.url);
  return { author: { '@type': author.kind === 'person' ? 'Person' : 'Organization', name: flat(author.name), ...(url === null ? {} : { url }) } };
}

export function claimReviews(claims: readonly ClaimReviewInput[], options: ClaimReviewOptions): Record<string, unknown>[] {
  return claims
    .filter((claim) => claim.status !== 'unchecked' && flat(claim.quote) !== '')
    .map((claim) => {
      const value = RATING_VALUES[claim.status];
      const rating: Record<string, unknown> = { '@type': 'Rating', alternateName: VERDICT_NAMES[claim.status], worstRating: 1, bestRating: 5 };
      if (value !== undefined) rating.ratingValue = value;
      const appearance: Record<string, unknown> = { '@type': 'NewsArticle' };
      if (flat(options.headline) !== '') appearance.headline = flat(options.headline);
      if (options.url) appearance.url = options.url;
      if (options.datePublished) appearance.datePublished = options.datePublished;
      const review: Record<string, unknown> = {
        '@type': 'ClaimReview',
        ...(options.url ? { url: options.url } : {}),
        claimReviewed: flat(claim.quote),
        datePublished: claim.checkedAt.slice(0, 10),
        reviewRating: rating,
        itemReviewed: { '@type': 'Claim', ...claimAuthor(claim.author), appearance },
      };
      if (flat(options.outletName) !== '') review.author = { '@type': 'Organization', name: flat(options.outletName) };
      return review;
    });
}
