import type { ArticleBody } from '../body';
import { ImageRightsSchema, type ImageRights } from '../../domain/asset';
import { FIGURE_TYPE, FigureFieldsSchema, type FigureFields } from '../nodes/figure-data';
import { readFigure, RESOLVED_KEY } from './figure';
import { figureCredit } from '../../licences/image-credit';
import { oneLine } from './clean-text';
import { safeWebUrl } from './safe-url';

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

const clean = oneLine;

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
  // schema.org measures a MediaObject in QuantitativeValue (a bare number is outside its range); E37 is UN/CEFACT's pixel.
  const pixels = (value: number | null | undefined) => (value === undefined || value === null ? undefined : { '@type': 'QuantitativeValue', value, unitCode: 'E37' });
  if (pixels(input.width) !== undefined) node.width = pixels(input.width);
  if (pixels(input.height) !== undefined) node.height = pixels(input.height);
  put('creditText', figureCredit(figure.credit, rights).text);
  if (rights !== null) {
    put('copyrightNotice', rights.copyrightNotice);
    put('license', safeWebUrl(rights.licence?.url) ?? safeWebUrl(rights.webStatement));
    put('acquireLicensePage', safeWebUrl(rights.licensorUrl) ?? safeWebUrl(rights.webStatement));
    if (clean(rights.creator) !== '') node.creator = { '@type': 'Person', name: clean(rights.creator) };
  }
  return node;
}

/** A figure whose image was resolved for export, as the structured renderers read it. */
export interface ResolvedFigure {
  fields: FigureFields;
  block: ReturnType<typeof readFigure>;
  rights: ImageRights | null;
}

/**
 * Every figure of a body whose image was resolved for export (figure.ts, `resolveFigures`),
 * in document order. Figures that were not resolved are left out: without the library
 * there is no address or rights to name.
 */
export function resolvedFigures(body: ArticleBody): ResolvedFigure[] {
  const out: ResolvedFigure[] = [];
  for (const node of body.editorState.root.children) {
    if (typeof node !== 'object' || node === null || (node as { type?: unknown }).type !== FIGURE_TYPE) continue;
    const record = node as Record<string, unknown>;
    const fields = FigureFieldsSchema.safeParse(record);
    const resolved = record[RESOLVED_KEY];
    if (!fields.success || typeof resolved !== 'object' || resolved === null) continue;
    const rights = ImageRightsSchema.safeParse((resolved as Record<string, unknown>).rights);
    out.push({ fields: fields.data, block: readFigure(record), rights: rights.success ? rights.data : null });
  }
  return out;
}

/** An ImageObject for every resolved figure: the JSON-LD renderer puts these in the NewsArticle's `image`. */
export function figureImageObjects(body: ArticleBody): JsonLdNode[] {
  return resolvedFigures(body).map(({ fields, block, rights }) =>
    imageObjectJsonLd({ figure: fields, contentUrl: block.src, width: block.width, height: block.height, rights }),
  );
}
