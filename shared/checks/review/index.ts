import type { ArticleBody } from '../../content/body';
import { parseMarkId, type MarkKind } from '../../content/marks';
import { scannedBody } from '../../content/scan';
import type { ClaimStatus } from '../../domain/review';
import type { CheckContext } from '../context';
import type { Finding, FindingLocation, Severity } from '../finding';
import type { CheckedArticle } from '../registry';

/**
 * The review checks: open blocking comments, and claims without a verdict or with a bad
 * one. Pure: the records come through the context (recordsFor in the main process); the
 * body tells where each mark is, so a finding selects the words it is about.
 */

const QUOTE_CHARS = 60;

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_CHARS ? `“${flat.slice(0, QUOTE_CHARS - 1)}…”` : `“${flat}”`;
}

/** Where each comment's and claim's mark is first found in the body, by kind and record id. */
function markPlaces(body: ArticleBody): Map<string, FindingLocation> {
  const places = new Map<string, FindingLocation>();
  for (const mark of scannedBody(body).marks) {
    for (const raw of mark.ids) {
      if (parseMarkId(raw) === null || places.has(raw)) continue;
      places.set(raw, { kind: 'mark', markId: raw, ...mark.at });
    }
  }
  return places;
}

const keyOf = (kind: MarkKind, id: string) => `${kind}:${id}`;

export function checkBlockingComments(article: CheckedArticle, context: CheckContext): Finding[] {
  const comments = context.review?.comments ?? [];
  const open = comments.filter((comment) => comment.blocking && !comment.resolved);
  if (open.length === 0) return [];
  const places = markPlaces(article.body);
  return open.map((comment) => ({
    code: 'COMMENT_UNRESOLVED_BLOCKING',
    severity: 'block',
    message: `A blocking comment on ${quoted(comment.quote)} is still open. Answer it and resolve it in the Comments panel, or ask the editor to lift the block.`,
    location: places.get(keyOf('comment', comment.id)) ?? { kind: 'article' },
  }));
}

const VERDICT_FINDINGS: Partial<Record<ClaimStatus, { code: string; severity: Severity; message: (quote: string) => string }>> = {
  unchecked: {
    code: 'CLAIM_UNCHECKED',
    severity: 'block',
    message: (quote) => `The claim ${quote} has not been checked. Record a verdict in the Claims panel.`,
  },
  false: {
    code: 'CLAIM_FALSE',
    severity: 'block',
    message: (quote) => `The claim ${quote} was found false. Correct or remove it, then check it again.`,
  },
  disputed: {
    code: 'CLAIM_DISPUTED',
    severity: 'warn',
    message: (quote) => `The claim ${quote} is disputed. Make sure the text says so.`,
  },
  unverifiable: {
    code: 'CLAIM_UNVERIFIABLE',
    severity: 'warn',
    message: (quote) => `The claim ${quote} could not be verified. Attribute it or soften it.`,
  },
};

/** Claims whose mark is still in the text (a claim whose words were deleted is no longer made by the article). */
export function checkClaims(article: CheckedArticle, context: CheckContext): Finding[] {
  const claims = context.review?.claims ?? [];
  if (claims.length === 0) return [];
  const places = markPlaces(article.body);
  const findings: Finding[] = [];
  for (const claim of claims) {
    const place = places.get(keyOf('claim', claim.id));
    const rule = VERDICT_FINDINGS[claim.status];
    if (place === undefined || rule === undefined) continue;
    findings.push({ code: rule.code, severity: rule.severity, message: rule.message(quoted(claim.quote)), location: place });
  }
  return findings;
}

export const REVIEW_CHECKS = [checkBlockingComments, checkClaims] as const;
