import { escapeHtml } from '../../../../shared/content/render/escape-html';
import { claimReviews } from '../../../../shared/content/render/claim-review';
import { scriptSafeJson } from '../../../../shared/content/render/jsonld';
import { renderBodyHtml, type FootnoteDialect } from '../../../../shared/content/render/html';
import { bodyWithUploadedFigures, bylineHtml, captionWithCredit, correctionHtml, sourceLookup } from '../outgoing';
import type { OutgoingArticle } from '../target';

/**
 * An outgoing article as a Ghost post, sent as HTML (`?source=html`): Ghost turns it into
 * its Lexical cards. Ghost keeps figures (image cards with alt text, and the caption with
 * its credit) but drops element ids, so the notes go in an HTML card, which Ghost keeps
 * verbatim, and the markers link to them without a link back (a marker cannot keep an id).
 */

/** Ghost keeps the raw HTML between these comments as one HTML card. */
const htmlCard = (html: string): string => `<!--kg-card-begin: html-->\n${html}\n<!--kg-card-end: html-->`;

export const GHOST_FOOTNOTES: FootnoteDialect = {
  marker: (_note, n) => `<sup><a href="#fn-${n}">${n}</a></sup>`,
  notes(notes) {
    if (notes.length === 0) return '';
    const items = notes.map(({ n, html }) => `<li id="fn-${n}">${html}</li>`);
    return htmlCard(`<section class="footnotes" aria-label="Notes">\n<ol>\n${items.join('\n')}\n</ol>\n</section>`);
  },
};

/** The internal tag (never shown on the site) that marks the post as this Galley article's copy. */
export const markerTagName = (key: string): string => `#galley-${key.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;
/** Ghost makes an internal tag's slug from its name: `#` becomes `hash-`. */
export const markerTagSlug = (key: string): string => markerTagName(key).replace(/^#/, 'hash-');

/**
 * Which Galley revision the post holds, in the page head. When an answer is lost after
 * Ghost saved the post, the retry sees Ghost's newer `updated_at`; this tells "that was
 * our own write" from "someone else changed it".
 */
export const revisionMeta = (revisionId: string): string => `<meta name="galley-revision" content="${escapeHtml(revisionId)}">`;

/** Ghost's limits (longer values are refused with a 422). */
const EXCERPT_MAX = 300;
const ALT_MAX = 191;

function clip(text: string, max: number): string {
  const clean = text.trim();
  if ([...clean].length <= max) return clean;
  const cut = [...clean].slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > max / 2 ? atWord : cut}…`;
}

export function ghostPostHtml(article: OutgoingArticle, images: Readonly<Record<string, string>>): string {
  const body = bodyWithUploadedFigures(article, (assetId) => images[assetId] ?? null);
  const html = renderBodyHtml(body, { sources: sourceLookup(article), footnotes: GHOST_FOOTNOTES });
  return [bylineHtml(article.meta.bylines), correctionHtml(article.correctionNote), html].join('');
}

/**
 * The outlet's fact-checks of the article (./claim-review) as JSON-LD for the post's head,
 * when it publishes them: Ghost writes its own Article JSON-LD, so only the ClaimReviews go
 * here. A review's `url` is the post's address, so it is added once Ghost has given one.
 */
export function claimReviewHead(article: OutgoingArticle, postUrl: string | null, now: Date): string {
  if (article.factChecks == null || postUrl === null) return '';
  const reviews = claimReviews(article.factChecks.claims, {
    outletName: article.factChecks.outletName,
    headline: article.meta.headline,
    url: postUrl,
    datePublished: article.firstPublishedAt ?? now.toISOString(),
  });
  if (reviews.length === 0) return '';
  const json = scriptSafeJson({ '@context': 'https://schema.org', '@graph': reviews });
  return `\n<script type="application/ld+json">\n${article.redactText ? article.redactText(json) : json}</script>`;
}

export function ghostPost(article: OutgoingArticle, images: Readonly<Record<string, string>>, now: Date, postUrl: string | null = null): Record<string, unknown> {
  const tagNames = [article.meta.section, ...article.meta.tags].map((name) => name.trim()).filter((name) => name !== '');
  // The section first: Ghost's primary tag is the first one.
  const tags = [...new Set(tagNames)].map((name) => ({ name }));
  tags.push({ name: markerTagName(article.key) });
  const feature = article.featureImageAssetId === null ? undefined : article.images.find((image) => image.assetId === article.featureImageAssetId);
  const featureUrl = feature === undefined ? undefined : images[feature.assetId];
  const post: Record<string, unknown> = {
    title: article.meta.headline,
    html: ghostPostHtml(article, images),
    custom_excerpt: article.meta.dek.trim() === '' ? null : clip(article.meta.dek, EXCERPT_MAX),
    tags,
    codeinjection_head: `${revisionMeta(article.revisionId)}${claimReviewHead(article, postUrl, now)}`,
    feature_image: featureUrl ?? null,
    feature_image_alt: feature === undefined || featureUrl === undefined ? null : clip(feature.alt, ALT_MAX),
    feature_image_caption: feature === undefined || featureUrl === undefined ? null : escapeHtml(captionWithCredit(feature)),
  };
  if (article.meta.slug !== '') post.slug = article.meta.slug;
  if (article.publishAt !== null && Date.parse(article.publishAt) > now.getTime()) {
    post.status = 'scheduled';
    post.published_at = new Date(article.publishAt).toISOString();
  } else {
    post.status = 'published';
    if (article.firstPublishedAt !== null) post.published_at = new Date(article.firstPublishedAt).toISOString();
  }
  return post;
}
