import type { ArticleBody } from '../body';
import type { ArticleMeta } from '../../domain/article';
import { CONFIDENTIAL_PLACEHOLDER, isConfidential, type Source } from '../../domain/source';
import { scannedBody } from '../scan';
import { oneLine } from './clean-text';
import { renderBodyPlainText } from './text';
import { figureImageObjects } from './image-object';
import { claimReviews, type ClaimReviewInput } from './claim-review';
import { bylinesOf } from './bylines';

/**
 * schema.org NewsArticle as JSON-LD (https://schema.org/NewsArticle): the article's
 * metadata, its text, and a `citation` (CreativeWork) for each source it cites, in the
 * order the text first cites them. A confidential source is reduced to the placeholder:
 * nothing else of it (not its kind, publisher or date) goes out.
 */

export interface JsonLdArticle {
  meta: ArticleMeta;
  body: ArticleBody;
  updatedAt: string;
}

type JsonLdNode = Record<string, unknown>;

const clean = oneLine;

/** Sets `key` only when the value says something: JSON-LD has no use for empty strings. */
function put(node: JsonLdNode, key: string, value: string | JsonLdNode | JsonLdNode[] | string[] | undefined): void {
  if (value === undefined) return;
  if (typeof value === 'string' && clean(value) === '') return;
  if (Array.isArray(value) && value.length === 0) return;
  node[key] = typeof value === 'string' ? clean(value) : value;
}

function creativeWork(source: Source): JsonLdNode {
  if (isConfidential(source)) return { '@type': 'CreativeWork', name: CONFIDENTIAL_PLACEHOLDER };
  const work: JsonLdNode = { '@type': 'CreativeWork' };
  put(work, 'name', source.title);
  put(work, 'url', source.url);
  if (clean(source.publisher) !== '') put(work, 'publisher', { '@type': 'Organization', name: clean(source.publisher) });
  const author = clean(source.author) || clean(source.interview?.name ?? '');
  if (author !== '') put(work, 'author', { '@type': 'Person', name: author });
  put(work, 'datePublished', source.publishedDate);
  return work;
}

/** The sources the body cites, each once, in the order of their first citation (in the text or a footnote). */
export function citedInOrder(body: ArticleBody, sources: readonly Source[]): Source[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const scan = scannedBody(body);
  const places = [
    ...scan.citations.map((citation) => ({ at: citation.at, ids: citation.sourceIds })),
    ...scan.footnotes.map((footnote) => ({ at: footnote.at, ids: footnote.sourceIds })),
  ].sort((a, b) => a.at.block - b.at.block || a.at.offset - b.at.offset);
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const place of places) {
    for (const id of place.ids) {
      const source = byId.get(id);
      if (source === undefined || seen.has(id)) continue;
      seen.add(id);
      out.push(source);
    }
  }
  return out;
}

/** The JSON-LD object for an article and the sources it may cite (only the cited ones are listed). */
export function articleJsonLd(article: JsonLdArticle, sources: readonly Source[]): JsonLdNode {
  const { meta } = article;
  const node: JsonLdNode = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  put(node, 'headline', meta.headline);
  put(node, 'description', meta.dek);
  put(
    node,
    'author',
    bylinesOf(meta).map(({ name, url }) => ({ '@type': 'Person', name, ...(url === null ? {} : { url }) })),
  );
  put(node, 'articleSection', meta.section);
  put(node, 'keywords', meta.tags.map(clean).filter((tag) => tag !== ''));
  put(node, 'inLanguage', meta.language);
  put(node, 'dateModified', article.updatedAt);
  const text = renderBodyPlainText(article.body).trim();
  if (text !== '') node.articleBody = text;
  put(node, 'citation', citedInOrder(article.body, sources).map(creativeWork));
  put(node, 'image', figureImageObjects(article.body));
  return node;
}

/** What the export adds when the outlet publishes fact-checks: the claims with a verdict (./claim-review). */
export interface JsonLdClaims {
  claims: readonly ClaimReviewInput[];
  outletName: string;
  /** Where the article (and so each review) is published, and since when; see ./claim-review. */
  url?: string | null;
  datePublished?: string | null;
}

/**
 * The JSON-LD document as text. "<" is written as \u003c so that the output can also go
 * into a <script type="application/ld+json"> element without ending it early. With claim
 * reviews the document is a graph: the article, then one ClaimReview per checked claim.
 */
export function renderJsonLd(article: JsonLdArticle, sources: readonly Source[], factChecks?: JsonLdClaims): string {
  return scriptSafeJson(jsonLdDocument(articleJsonLd(article, sources), article.meta.headline, factChecks));
}

/** The NewsArticle alone, or with claim reviews a graph: the article, then one ClaimReview per checked claim. */
export function jsonLdDocument(news: JsonLdNode, headline: string, factChecks?: JsonLdClaims): JsonLdNode {
  const reviews =
    factChecks === undefined
      ? []
      : claimReviews(factChecks.claims, { outletName: factChecks.outletName, headline, url: factChecks.url ?? null, datePublished: factChecks.datePublished ?? null });
  if (reviews.length === 0) return news;
  const { '@context': _context, ...article } = news;
  return { '@context': 'https://schema.org', '@graph': [article, ...reviews] };
}

/** JSON for a `<script>` element or a file: "<" is written as \u003c, so no text can end the element early. */
export const scriptSafeJson = (value: unknown): string => `${JSON.stringify(value, null, 2).replace(/</g, '\\u003c')}\n`;
