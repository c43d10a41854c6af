import type { ArticleBody } from '../../content/body';
import { markId, parseMarkId } from '../../content/marks';
import { markedWords, sameWords } from '../../content/marked-words';
import { scannedBody } from '../../content/scan';
import type { ClaimStatus } from '../../domain/review';
import type { CheckContext } from '../context';
import type { Finding, FindingLocation, Severity } from '../finding';
import type { CheckedArticle } from '../check';

/**
 * The review checks: open blocking comments, and claims without a verdict, with a bad
 * one, or with one given on words they no longer have. Pure: the records come through the context (recordsFor in the main process); the
 * body tells where each mark is, so a finding selects the words it is about.
 */

const QUOTE_CHARS = 60;

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_CHARS ? `“${flat.slice(0, QUOTE_CHARS - 1)}…”` : `“${flat}”`;
}

/** Where each comment's and claim's mark is first found in the body, by mark id. */
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

export function checkBlockingComments(article: CheckedArticle, context: CheckContext): Finding[] {
  const comments = context.review?.comments ?? [];
  const open = comments.filter((comment) => comment.blocking && !comment.resolved);
  if (open.length === 0) return [];
  const places = markPlaces(article.body);
  const words = markedWords(article.body);
  return open.map((comment) => ({
    code: 'COMMENT_UNRESOLVED_BLOCKING',
    severity: 'block',
    message: `A blocking comment on ${quoted(words.get(markId('comment', comment.id)) ?? comment.quote)} is still open. Answer it and resolve it in the Comments panel, or ask the editor to lift the block.`,
    location: places.get(markId('comment', comment.id)) ?? { kind: 'article' },
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

/** A verdict given on other words than the claim now has: it covers nothing the article says. */
const OUTDATED = {
  code: 'CLAIM_VERDICT_OUTDATED',
  severity: 'block',
  message: (quote: string) => `The claim now reads ${quote}, and its words changed after its verdict. Check it again in the Claims panel.`,
} as const;

/**
 * Claims whose mark is still in the text (a claim whose words were deleted is no longer
 * made by the article), quoted as the text reads now.
 */
export function checkClaims(article: CheckedArticle, context: CheckContext): Finding[] {
  const claims = context.review?.claims ?? [];
  if (claims.length === 0) return [];
  const places = markPlaces(article.body);
  const words = markedWords(article.body);
  const findings: Finding[] = [];
  for (const claim of claims) {
    const id = markId('claim', claim.id);
    const place = places.get(id);
    const current = words.get(id);
    if (place === undefined || current === undefined) continue;
    const outdated = claim.status !== 'unchecked' && claim.verdictQuote !== null && !sameWords(claim.verdictQuote, current);
    const rule = outdated ? OUTDATED : VERDICT_FINDINGS[claim.status];
    if (rule === undefined) continue;
    findings.push({ code: rule.code, severity: rule.severity, message: rule.message(quoted(current)), location: place });
  }
  return findings;
}

export const REVIEW_CHECKS = [checkBlockingComments, checkClaims] as const;
