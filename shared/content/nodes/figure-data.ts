import { z } from 'zod';
import type { ArticleBody } from '../body';
import { IdSchema } from '../../domain/ids';
import { isObject } from '../../json/narrow';

export const FIGURE_TYPE = 'figure';

/** Quarter turns clockwise; anything else would need resampling for no newsroom purpose. */
export const ROTATIONS = [0, 90, 180, 270] as const;
export type Rotation = (typeof ROTATIONS)[number];

const fraction = z.number().min(0).max(1);

/**
 * A crop, in fractions of the image as stored (before rotation), so that it means the same
 * on the thumbnail, the web size and the original.
 */
export const CropSchema = z
  .object({ x: fraction, y: fraction, width: fraction.gt(0), height: fraction.gt(0) })
  .refine((crop) => crop.x + crop.width <= 1.000001 && crop.y + crop.height <= 1.000001, 'a crop stays inside the image');
export type Crop = z.infer<typeof CropSchema>;

export const MAX_CAPTION_LENGTH = 5000;
export const MAX_ALT_LENGTH = 2000;
export const MAX_CREDIT_LENGTH = 1000;

/**
 * A figure's own fields. The image and its rights live in the asset library (by id); what
 * belongs to this use of it is here: caption, alt text, a credit line that overrides the
 * generated one ('' = use the generated credit), a crop and a rotation.
 */
export const FigureFieldsSchema = z.object({
  assetId: IdSchema,
  caption: z.string().max(MAX_CAPTION_LENGTH).default(''),
  alt: z.string().max(MAX_ALT_LENGTH).default(''),
  credit: z.string().max(MAX_CREDIT_LENGTH).default(''),
  crop: CropSchema.nullable().default(null),
  rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]).default(0),
});
export type FigureFields = z.infer<typeof FigureFieldsSchema>;

/** A figure as found in a stored body, with its place among the body's top-level blocks. */
export interface FigureInBody extends FigureFields {
  /** Index among the root's children (figures are blocks), for locating it. */
  block: number;
}

/** Deeper than any real document; bounds the walk over a hostile one. */
const MAX_DEPTH = 64;

/**
 * Every figure in a stored body, in document order. Figures are top-level blocks, but one
 * found deeper (a body a later Galley wrote) is still reported. A malformed figure is
 * skipped here: a body holding one never passes validateBody, so only old or foreign data
 * can reach this with one.
 */
export function figuresIn(body: ArticleBody): FigureInBody[] {
  const out: FigureInBody[] = [];
  const visit = (nodes: readonly unknown[], depth: number, block: number | null) => {
    if (depth > MAX_DEPTH) return;
    nodes.forEach((node, index) => {
      if (!isObject(node)) return;
      const at = block ?? index;
      if (node.type === FIGURE_TYPE) {
        const parsed = FigureFieldsSchema.safeParse(node);
        if (parsed.success) out.push({ ...parsed.data, block: at });
        return;
      }
      if (Array.isArray(node.children)) visit(node.children, depth + 1, at);
    });
  };
  visit(body.editorState.root.children, 0, null);
  return out;
}

/** The distinct assets a body shows, in order of first appearance. */
export const assetIdsIn = (body: ArticleBody): string[] => [...new Set(figuresIn(body).map((figure) => figure.assetId))];
