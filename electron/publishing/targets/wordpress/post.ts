import { renderWordPressBody } from '../../../../shared/content/render/wordpress';
import { bodyWithUploadedFigures, bylineHtml, correctionHtml, sourceLookup } from '../outgoing';
import type { OutgoingArticle } from '../target';

/**
 * An outgoing article as a WordPress post (REST `wp/v2/posts`). The content starts with an
 * HTML comment naming the Galley article: invisible to readers, stored with the post, and
 * found by WordPress's search, which is how a copy made by an attempt that was never
 * recorded is found again (post meta is not queryable over REST without a plugin, and a
 * tag would show on the site).
 */

export const markerOf = (key: string): string => `galley:${key.replace(/[^A-Za-z0-9_.:-]/g, '_')}`;
export const markerComment = (key: string): string => `<!-- ${markerOf(key)} -->`;
/**
 * Which Galley revision the post holds. When an answer is lost after WordPress saved the
 * post, the retry sees a newer `modified_gmt`; this tells "that was our own write" from
 * "someone else changed it".
 */
export const revisionComment = (revisionId: string): string => `<!-- galley-revision:${revisionId.replace(/[^A-Za-z0-9_.:-]/g, '_')} -->`;

/**
 * Where an image went: the map of uploaded images keeps the media id in the address's
 * fragment (ignored by browsers), because featured images and `wp-image-ID` need the id.
 */
export const mediaRef = (sourceUrl: string, id: number): string => `${sourceUrl.split('#')[0]}#wp-media-${id}`;

export function parseMediaRef(ref: string): { url: string; id: number | null } {
  const match = /^(.*)#wp-media-(\d+)$/.exec(ref);
  return match === null ? { url: ref, id: null } : { url: match[1] as string, id: Number(match[2]) };
}

/** WordPress takes `date_gmt` without a zone. */
const wpDate = (iso: string): string => new Date(iso).toISOString().slice(0, 19);

export interface WpPostTerms {
  tags: number[];
  categories: number[];
}

export function wordpressPost(article: OutgoingArticle, images: Readonly<Record<string, string>>, terms: WpPostTerms, now: Date): Record<string, unknown> {
  const urlOf = (assetId: string) => {
    const ref = images[assetId];
    return ref === undefined ? null : parseMediaRef(ref).url;
  };
  const body = renderWordPressBody(bodyWithUploadedFigures(article, urlOf), {
    sources: sourceLookup(article),
    mediaId: (assetId) => {
      const ref = images[assetId];
      return ref === undefined ? null : parseMediaRef(ref).id;
    },
  });
  const content = [markerComment(article.key), '\n', revisionComment(article.revisionId), '\n', bylineHtml(article.meta.bylines), correctionHtml(article.correctionNote), body.html].join('');
  const feature = article.featureImageAssetId === null ? undefined : images[article.featureImageAssetId];
  const featureId = feature === undefined ? null : parseMediaRef(feature).id;
  const post: Record<string, unknown> = {
    title: article.meta.headline,
    content,
    excerpt: article.meta.dek,
    tags: terms.tags,
    categories: terms.categories,
    featured_media: featureId ?? 0,
    // WordPress stores the notes as a JSON string in post meta, read by the footnotes block.
    meta: { footnotes: body.footnotes.length === 0 ? '' : JSON.stringify(body.footnotes) },
  };
  if (article.meta.slug !== '') post.slug = article.meta.slug;
  if (article.publishAt !== null && Date.parse(article.publishAt) > now.getTime()) {
    post.status = 'future';
    post.date_gmt = wpDate(article.publishAt);
  } else {
    post.status = 'publish';
    if (article.firstPublishedAt !== null) post.date_gmt = wpDate(article.firstPublishedAt);
  }
  return post;
}
