import { FIGURE_TYPE, FigureFieldsSchema, type FigureFields } from '../../shared/content/nodes/figure-data';
import { resolveFigures, type FigureImage } from '../../shared/content/render/figure';
import { cleanText } from '../../shared/content/render/clean-text';
import { GalleyError } from '../../shared/contract/errors';
import type { Revision } from '../../shared/domain/revision';
import type { ExportContext } from '../articles/transfer';
import type { OutgoingArticle, OutgoingImage } from './targets/target';

/** What the payload needs of the asset library. */
export interface PayloadAssets {
  exportImage(figure: FigureFields): FigureImage | null;
  variant(figure: FigureFields): Promise<{ fileName: string; body: Buffer } | null>;
}

export interface PayloadDeps {
  revision(id: string): Revision | null;
  exportContext: ExportContext;
  assets: PayloadAssets;
}

export interface PayloadRequest {
  articleId: string;
  revisionId: string;
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
 * The approved revision as it goes out: redacted with the export context (no confidential
 * source's identity in the text, the notes or the sources), figures resolved through the
 * asset library, each image listed once with its alt text, caption and credit, and its
 * bytes read only if a target asks for them.
 */
export function buildOutgoing(deps: PayloadDeps, request: PayloadRequest): OutgoingArticle {
  const revision = deps.revision(request.revisionId);
  if (revision === null) throw new GalleyError('NOT_FOUND', 'The approved revision to publish no longer exists.');
  const { sources, redactor, factChecks } = deps.exportContext(request.articleId);
  const redacted = redactor.json({ meta: revision.meta, body: revision.body });
  const body = resolveFigures(redacted.body, (figure) => deps.assets.exportImage(figure));
  const meta = { ...redacted.meta, slug: redacted.meta.slug || slugFrom(redacted.meta.headline, request.articleId) };

  const images: OutgoingImage[] = [];
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
      read: async () => {
        const file = await deps.assets.variant(figure);
        if (file === null) throw new GalleyError('NOT_FOUND', `The image ${figure.assetId} is missing from the library.`);
        return file.body;
      },
      alt: cleanText(figure.alt),
      caption: cleanText(figure.caption),
      credit: redactor.text(resolved.credit.map((part) => part.text).join('').replace(/\s+/g, ' ').trim()),
      rights: resolved.rights === null ? null : redactor.json(resolved.rights),
    });
  }

  return {
    articleId: request.articleId,
    key: request.articleId,
    revisionId: revision.id,
    revisionNumber: revision.number,
    meta,
    body,
    sources: sources.map((source) => redactor.source(source)),
    images,
    featureImageAssetId: images[0]?.assetId ?? null,
    publishAt: request.publishAt,
    firstPublishedAt: request.firstPublishedAt,
    correctionNote: request.correctionNote === null ? null : redactor.text(request.correctionNote),
    deliveryId: request.deliveryId,
    ...(factChecks === undefined ? {} : { factChecks }),
    redactText: (text) => redactor.text(text),
  };
}
