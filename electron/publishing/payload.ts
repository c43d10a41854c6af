import { FIGURE_TYPE, FigureFieldsSchema, type FigureFields } from '../../shared/content/nodes/figure-data';
import { resolveFigures, type FigureImage } from '../../shared/content/render/figure';
import { cleanText } from '../../shared/content/render/clean-text';
import { GalleyError } from '../../shared/contract/errors';
import type { Revision } from '../../shared/domain/revision';
import type { ExportContext } from '../articles/transfer';
import type { Redactor } from '../../shared/sources/redaction';
import type { ApprovedPublication, PublishedImage } from './publication';
import type { OutgoingArticle, OutgoingImage } from './targets/target';

/** What the payload needs of the asset library. */
export interface PayloadAssets {
  exportImage(figure: FigureFields): FigureImage | null;
  variant(figure: Pick<FigureFields, 'assetId' | 'crop' | 'rotation'>): Promise<{ fileName: string; body: Buffer } | null>;
}

/** What building a publication reads: the export context (sources, redactor, claims) and the asset library. */
export interface PublicationSources {
  exportContext: ExportContext;
  assets: Pick<PayloadAssets, 'exportImage'>;
}

/** What one send adds to the approved publication. */
export interface PayloadRequest {
  deliveryId: string;
  publishAt: string | null;
  firstPublishedAt: string | null;
  correctionNote: string | null;
}

const MEDIA_TYPES: Readonly<Record<string, string>> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', avif: 'image/avif' };

/** A slug from the headline when the article has none (the same shape the article schema asks of slugs). */
export function slugFrom(headline: string, articleId: string): string {
  const slug = headline
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug === '' ? `article-${articleId.slice(0, 8)}` : slug;
}

const isFigure = (node: unknown): boolean => typeof node === 'object' && node !== null && (node as { type?: unknown }).type === FIGURE_TYPE;

/**
 * The publication of a revision as it would go out now: redacted with the export context
 * (no confidential source's identity in the text, the notes, the sources or the claims),
 * figures resolved through the asset library, each image listed once with its alt text,
 * caption, credit line and rights. An approval keeps this (./publication).
 */
export function publicationOf(deps: PublicationSources, articleId: string, revision: Revision): ApprovedPublication {
  const { sources, redactor, factChecks } = deps.exportContext(articleId);
  const redacted = redactor.json({ meta: revision.meta, body: revision.body });
  const body = resolveFigures(redacted.body, (figure) => deps.assets.exportImage(figure));
  const meta = { ...redacted.meta, slug: redacted.meta.slug || slugFrom(redacted.meta.headline, articleId) };

  const images: PublishedImage[] = [];
  const seen = new Set<string>();
  for (const node of redacted.body.editorState.root.children) {
    if (!isFigure(node)) continue;
    const parsed = FigureFieldsSchema.safeParse(node);
    if (!parsed.success || seen.has(parsed.data.assetId)) continue;
    const figure = parsed.data;
    const resolved = deps.assets.exportImage(figure);
    if (resolved === null) continue;
    seen.add(figure.assetId);
    const fileName = resolved.src.replace(/^images\//, '');
    images.push({
      assetId: figure.assetId,
      fileName,
      mediaType: MEDIA_TYPES[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream',
      alt: cleanText(figure.alt),
      caption: cleanText(figure.caption),
      credit: redactor.text(resolved.credit.map((part) => part.text).join('').replace(/\s+/g, ' ').trim()),
      rights: resolved.rights === null ? null : redactor.json(resolved.rights),
      crop: figure.crop,
      rotation: figure.rotation,
    });
  }

  return {
    formatVersion: 1,
    articleId,
    revisionId: revision.id,
    revisionNumber: revision.number,
    meta,
    body,
    sources: sources.map((source) => redactor.source(source)),
    images,
    factChecks: factChecks === undefined ? null : redactor.json({ outletName: factChecks.outletName, claims: [...factChecks.claims] }),
  };
}

/**
 * The approved publication as one send carries it. Nothing is read again but the image
 * files (stored once by their hash, so the bytes are the approved ones). `redactor` is the
 * library's as it is now: a source made confidential after the approval is still hidden.
 */
export function outgoingFrom(publication: ApprovedPublication, request: PayloadRequest, deps: { assets: Pick<PayloadAssets, 'variant'>; redactor: Redactor }): OutgoingArticle {
  const { redactor } = deps;
  // Structural, so a name that became confidential after approval is caught across formatting runs too.
  const { meta, body } = redactor.json({ meta: publication.meta, body: publication.body });
  const images: OutgoingImage[] = publication.images.map(({ crop, rotation, ...image }) => ({
    ...image,
    read: async () => {
      const file = await deps.assets.variant({ assetId: image.assetId, crop, rotation });
      if (file === null) throw new GalleyError('NOT_FOUND', `The image ${image.assetId} is missing from the library.`);
      return file.body;
    },
  }));
  return {
    articleId: publication.articleId,
    key: publication.articleId,
    revisionId: publication.revisionId,
    revisionNumber: publication.revisionNumber,
    meta,
    body,
    sources: publication.sources.map((source) => redactor.source(source)),
    images,
    featureImageAssetId: images[0]?.assetId ?? null,
    factChecks: publication.factChecks === null ? null : redactor.json(publication.factChecks),
    publishAt: request.publishAt,
    firstPublishedAt: request.firstPublishedAt,
    correctionNote: request.correctionNote === null ? null : redactor.text(request.correctionNote),
    deliveryId: request.deliveryId,
    redactText: (text) => redactor.text(text),
  };
}
