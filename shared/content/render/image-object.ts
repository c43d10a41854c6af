import type { ArticleBody } from '../body';
import { ImageRightsSchema, type ImageRights } from '../../domain/asset';
import { FIGURE_TYPE, FigureFieldsSchema, type FigureFields } from '../nodes/figure-data';
import { readFigure, RESOLVED_KEY } from './figure';
import { figureCredit } from '../../licences/image-credit';
import { cleanText } from './clean-text';
import { safeLinkUrl } from './safe-url';

/** One figure's image, as the JSON-LD renderer is given it. */
export interface ImageObjectInput {
  figure: FigureFields;
  /** Where the published image lives (absolute, or relative to the page). */
  contentUrl: string;
  width?: number | null;
  height?: number | null;
  /** The image's rights from the library; null when it is not in the library. */
  rights: ImageRights | null;
}

type JsonLdNode = Record<string, unknown>;

const clean = (text: string): string => cleanText(text).replace(/\s+/g, ' ').trim();
const webUrl = (value: string | null | undefined): string | null => {
  const url = value === null || value === undefined ? null : safeLinkUrl(value);
  return url !== null && /^https?:/i.test(url) ? url : null;
};

/**
 * schema.org ImageObject for a figure, with the fields search engines read for image
 * licensing (https://developers.google.com/search/docs/appearance/structured-data/image-license-metadata):
 * `creditText` (the credit line printed with it), `copyrightNotice`, `license` (the
 * licence deed, else the Web Statement of Rights), `acquireLicensePage` (the licensor's
 * page, else the Web Statement) and `creator`. Empty values are left out.
 */
export function imageObjectJsonLd(input: ImageObjectInput): JsonLdNode {
  const { figure, rights } = input;
  const node: JsonLdNode = { '@type': 'ImageObject', contentUrl: input.contentUrl };
  const put = (key: string, value: string | null) => {
    const text = value === null ? '' : clean(value);
    if (text !== '') node[key] = text;
  };
  put('caption', figure.caption);
  put('description', figure.alt);
  if (input.width !== undefined && input.width !== null) node.width = input.width;
  if (input.height !== undefined && input.height !== null) node.height = input.height;
  put('creditText', figureCredit(figure.credit, rights).text);
  if (rights !== null) {
    put('copyrightNotice', rights.copyrightNotice);
    put('license', webUrl(rights.licence?.url) ?? webUrl(rights.webStatement));
    put('acquireLicensePage', webUrl(rights.licensorUrl) ?? webUrl(rights.webStatement));
    if (clean(rights.creator) !== '') node.creator = { '@type': 'Person', name: clean(rights.creator) };
  }
  return node;
}

/**
 * An ImageObject for every figure of a body whose images were resolved for export
 * (figure.ts, `resolveFigures`), in document order. The JSON-LD renderer puts these in the
 * NewsArticle's `image`. Figures that were not resolved are left out: without the library
 * there is no address to name.
 */
export function figureImageObjects(body: ArticleBody): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const node of body.editorState.root.children) {
    if (typeof node !== 'object' || node === null || (node as { type?: unknown }).type !== FIGURE_TYPE) continue;
    const record = node as Record<string, unknown>;
    const fields = FigureFieldsSchema.safeParse(record);
    const resolved = record[RESOLVED_KEY];
    if (!fields.success || typeof resolved !== 'object' || resolved === null) continue;
    const image = resolved as Record<string, unknown>;
    const block = readFigure(record);
    const rights = ImageRightsSchema.safeParse(image.rights);
    out.push(
      imageObjectJsonLd({
        figure: fields.data,
        contentUrl: block.src,
        width: block.width,
        height: block.height,
        rights: rights.success ? rights.data : null,
      }),
    );
  }
  return out;
}
