import { buildBody, paragraphNode, textNode } from '../../../shared/content/build';
import { BODY_FORMAT_VERSION, type ArticleBody } from '../../../shared/content/body';
import type { FigureFields } from '../../../shared/content/nodes/figure-data';
import { emptyMeta } from '../../../shared/domain/article';
import { emptyRights, type ImageRights } from '../../../shared/domain/asset';
import type { CheckContext } from '../../../shared/checks/context';
import type { ImageRecord } from '../../../shared/checks/images-context';
import { DEFAULT_LICENCE_POLICY, type LicencePolicy } from '../../../shared/licences/policy';

export const ASSET_ID = '3f0c1b7e-9d2a-4c1e-8b6f-5a4d3c2b1a09';
export const OTHER_ASSET_ID = '7a1e2d3c-4b5a-4968-8776-655443322110';
export const ARTICLE_ID = '0b6f1d2e-6c1a-4c3e-9b1f-2a3b4c5d6e7f';

/** A stored figure node, with the fields given. */
export function figureJson(fields: Partial<FigureFields> = {}): FigureFields & { type: 'figure'; version: 1 } {
  return {
    type: 'figure',
    version: 1,
    assetId: ASSET_ID,
    caption: 'The harbour at dawn.',
    alt: 'Fishing boats moored in a calm harbour at sunrise',
    credit: '',
    crop: null,
    rotation: 0,
    ...fields,
  };
}

/** A body: a paragraph, then the given figures. */
export function bodyWith(...figures: ReturnType<typeof figureJson>[]): ArticleBody {
  const body = buildBody([]);
  return {
    format: 'galley.lexical',
    version: BODY_FORMAT_VERSION,
    editorState: { root: { ...body.editorState.root, children: [paragraphNode([textNode('The boats came in.')]), ...figures] } },
  };
}

export const article = (body: ArticleBody) => ({
  id: ARTICLE_ID,
  meta: { ...emptyMeta(), headline: 'Harbour', bylines: ['Wren Writer'], section: 'City' },
  body,
});

/** Rights that pass every check. */
export const goodRights = (over: Partial<ImageRights> = {}): ImageRights => ({
  ...emptyRights(),
  creator: 'Firebrace',
  creditLine: 'Wikimedia Commons',
  licence: { id: 'cc-by-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  ...over,
});

export interface ContextOptions {
  records?: Record<string, ImageRecord>;
  policy?: LicencePolicy;
  publishedAt?: Date;
}

/** A check context with an image library holding `records`. */
export function contextWith({ records = {}, policy = DEFAULT_LICENCE_POLICY, publishedAt = new Date('2026-03-01T12:00:00Z') }: ContextOptions): CheckContext {
  return {
    headlineLimit: 110,
    images: {
      asset: (id) => records[id] ?? null,
      policy: () => policy,
      publicationTime: () => publishedAt,
    },
  };
}

export const record = (rights: ImageRights, fileName = 'harbour.jpg'): ImageRecord => ({ fileName, rights });
