import type { ArticleBody } from '../../../shared/content/body';
import { resolveFigures } from '../../../shared/content/render/figure';
import { escapeHtml } from '../../../shared/content/render/escape-html';
import type { SourceLookup } from '../../../shared/content/render/sources';
import type { OutgoingArticle, OutgoingImage } from './target';

/**
 * What the Ghost and WordPress targets do alike with an outgoing article: the lookup the
 * renderers name sources from, the byline and correction paragraphs, figures pointed at
 * the uploaded copies, and uploading each image once.
 */

/** The article's sources by id. The renderers never name a confidential one, whatever is in here. */
export const sourceLookup = (article: Pick<OutgoingArticle, 'sources'>): SourceLookup => new Map(article.sources.map((source) => [source.id, source]));

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The byline as a paragraph at the top of the body. Ghost's and WordPress's authors are
 * user accounts of the site, and a newsroom's bylines (freelancers, agencies, several
 * names) are not; so the byline travels with the text, where every theme shows it.
 */
export function bylineHtml(bylines: readonly string[]): string {
  const names = bylines.map((name) => name.trim()).filter((name) => name !== '');
  return names.length === 0 ? '' : `<p class="byline">By ${escapeHtml(joinNames(names))}</p>\n`;
}

/** The correction, visible at the top of the article, where a reader who saw the error looks. */
export function correctionHtml(note: string | null): string {
  const text = note?.trim() ?? '';
  return text === '' ? '' : `<p class="correction"><strong>Correction:</strong> ${escapeHtml(text)}</p>\n`;
}

/** The body with each figure pointed at its uploaded copy and credited as the outgoing image says. */
export function bodyWithUploadedFigures(article: OutgoingArticle, urlOf: (assetId: string) => string | null): ArticleBody {
  const images = new Map(article.images.map((image) => [image.assetId, image]));
  return resolveFigures(article.body, (figure) => {
    const image = images.get(figure.assetId);
    const src = urlOf(figure.assetId);
    if (image === undefined || src === null) return null;
    const credit = figure.credit.trim() !== '' ? figure.credit.trim() : image.credit.trim();
    return { src, width: null, height: null, credit: credit === '' ? [] : [{ text: credit, href: null }], rights: image.rights };
  });
}

/** The caption and credit as one line, for a backend that has a single caption field. */
export function captionWithCredit(image: Pick<OutgoingImage, 'caption' | 'credit'>): string {
  return [image.caption.trim(), image.credit.trim()].filter((part) => part !== '').join(' ');
}

/**
 * Uploads the images the target does not have yet, one at a time, and returns the map of
 * every image's remote address. Images already in `known` are never sent again.
 */
export async function uploadMissingImages(
  images: readonly OutgoingImage[],
  known: Readonly<Record<string, string>>,
  upload: (image: OutgoingImage) => Promise<string>,
): Promise<Record<string, string>> {
  const out: Record<string, string> = { ...known };
  for (const image of images) {
    if (out[image.assetId] !== undefined) continue;
    out[image.assetId] = await upload(image);
  }
  return out;
}

/** The image's bytes as a form part (copied: a Blob wants its own ArrayBuffer). */
export async function imageBlob(image: OutgoingImage): Promise<Blob> {
  return new Blob([new Uint8Array(await image.read())], { type: image.mediaType });
}
