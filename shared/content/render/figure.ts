import type { ArticleBody } from '../body';
import { FIGURE_TYPE, FigureFieldsSchema, type FigureFields } from '../nodes/figure-data';
import type { CreditPart } from '../../licences/credit';
import type { ImageRights } from '../../domain/asset';
import { escapeHtml } from './escape-html';
import { oneLine } from './clean-text';
import { safeWebUrl } from './safe-url';
import type { FigureBlock } from './tree';
import { isObject, type JsonObject } from '../../json/narrow';

/**
 * Figures in the exports. The stored body names an image by asset id only; what an export
 * needs besides (the file's address, its size and the credit line generated from its
 * rights) lives in the asset library. So an export first resolves its figures with
 * `resolveFigures`, which copies the body and attaches that to each figure node, and the
 * pure renderers read it from there. Unresolved figures still render, with their own
 * credit override only and an address made from their asset id.
 */

/** What the library says about one figure's image, for an export. */
export interface FigureImage {
  /** Relative (`images/ab12….jpg`) or absolute http(s). */
  src: string;
  width: number | null;
  height: number | null;
  /** The credit line to print: the figure's override, or the one generated from the rights. */
  credit: CreditPart[];
  /** The image's rights, for the JSON-LD ImageObject; null when it is not in the library. */
  rights: ImageRights | null;
}

export type FigureImageResolver = (figure: FigureFields) => FigureImage | null;

/** Where the resolved image rides on a figure node in a body copy. Never stored. */
export const RESOLVED_KEY = 'resolvedImage';

/** A copy of the body with every figure's image resolved (top-level figures: that is where figures live). */
export function resolveFigures(body: ArticleBody, resolve: FigureImageResolver): ArticleBody {
  const children = body.editorState.root.children.map((node) => {
    if (!isObject(node) || node.type !== FIGURE_TYPE) return node;
    const fields = FigureFieldsSchema.safeParse(node);
    const image = fields.success ? resolve(fields.data) : null;
    return image === null ? node : { ...node, [RESOLVED_KEY]: image };
  });
  return { ...body, editorState: { ...body.editorState, root: { ...body.editorState.root, children } } };
}

const string = (value: unknown): string => (typeof value === 'string' ? value : '');
const dimension = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 1_000_000 ? value : null;

/** A safe image address: a plain relative path, or an http(s) URL. */
function safeSrc(value: string): string | null {
  if (/^[A-Za-z0-9][A-Za-z0-9._/-]{0,300}$/.test(value) && !value.includes('..')) return value;
  return safeWebUrl(value);
}

function creditPartsOf(value: unknown): CreditPart[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((part) => {
    return { text: string(part.text), href: typeof part.href === 'string' ? safeWebUrl(part.href) : null };
  });
}

/** Reads a figure node for the renderers, narrowing every field (see read-body.ts for why by hand). */
export function readFigure(node: JsonObject): FigureBlock {
  const assetId = string(node.assetId);
  const fields = FigureFieldsSchema.pick({ crop: true, rotation: true }).safeParse(node);
  const resolved = isObject(node[RESOLVED_KEY]) ? (node[RESOLVED_KEY] as JsonObject) : null;
  const override = string(node.credit).trim();
  const fallbackSrc = /^[0-9a-f-]{1,64}$/i.test(assetId) ? `images/${assetId}` : 'images/missing';
  return {
    kind: 'figure',
    assetId,
    caption: string(node.caption),
    alt: string(node.alt),
    src: (resolved === null ? null : safeSrc(string(resolved.src))) ?? fallbackSrc,
    width: resolved === null ? null : dimension(resolved.width),
    height: resolved === null ? null : dimension(resolved.height),
    credit: resolved !== null ? creditPartsOf(resolved.credit) : override === '' ? [] : [{ text: override, href: null }],
    creditOverride: string(node.credit),
    crop: fields.success ? fields.data.crop : null,
    rotation: fields.success ? fields.data.rotation : 0,
  };
}

const tidy = oneLine;
const creditPlain = (credit: readonly CreditPart[]): string => tidy(credit.map((part) => part.text).join(''));

/** Class names a publishing dialect puts on a figure's parts (WordPress's `wp-block-image`…). */
export interface FigureClasses {
  figure?: string;
  image?: string;
  caption?: string;
}

const classAttribute = (name: string | undefined): string => (name === undefined || name === '' ? '' : ` class="${escapeHtml(name)}"`);

/** `<figure>` with the image and a `<figcaption>` holding the caption and the credit line. */
export function figureHtml(figure: FigureBlock, classes: FigureClasses = {}): string {
  const size = figure.width !== null && figure.height !== null ? ` width="${figure.width}" height="${figure.height}"` : '';
  const image = `<img src="${escapeHtml(figure.src)}" alt="${escapeHtml(tidy(figure.alt))}"${classAttribute(classes.image)}${size}>`;
  const caption = tidy(figure.caption);
  const credit = figure.credit
    .map((part) => {
      const text = escapeHtml(part.text);
      return part.href === null ? text : `<a href="${escapeHtml(part.href)}" rel="noopener noreferrer">${text}</a>`;
    })
    .join('');
  const parts = [caption === '' ? '' : escapeHtml(caption), creditPlain(figure.credit) === '' ? '' : `<span class="credit">${credit}</span>`];
  const figcaption = parts.some(Boolean) ? `\n<figcaption${classAttribute(classes.caption)}>${parts.filter(Boolean).join(' ')}</figcaption>` : '';
  return `<figure${classAttribute(classes.figure)}>\n${image}${figcaption}\n</figure>`;
}

/** The stored figure node for a figure of the renderers' tree (importers build bodies from that tree). */
export function figureNode(figure: FigureBlock): Record<string, unknown> {
  return {
    type: FIGURE_TYPE,
    version: 1,
    assetId: figure.assetId,
    caption: figure.caption,
    alt: figure.alt,
    credit: figure.creditOverride,
    crop: figure.crop,
    rotation: figure.rotation,
  };
}

/** Markdown has no figure: the image, then the caption and credit as a paragraph. `escape` is the Markdown renderer's own. */
export function figureMarkdown(figure: FigureBlock, escape: (text: string) => string): string {
  // Backslash-escaped like any text: a raw `<` or `"` here would let a Markdown renderer write markup into the alt attribute.
  const alt = tidy(figure.alt).replace(/[[\]\\<>&`*_~"]/g, '\\$&');
  const lines = [`![${alt}](<${figure.src}>)`];
  const caption = [tidy(figure.caption), creditPlain(figure.credit)].filter((part) => part !== '').map(escape);
  if (caption.length > 0) lines.push(caption.join(' '));
  return lines.join('\n\n');
}

/** Plain text: what the image shows, then the caption and credit. */
export function figureText(figure: FigureBlock): string {
  const alt = tidy(figure.alt);
  const lines = [alt === '' ? '[Image]' : `[Image: ${alt}]`];
  const caption = [tidy(figure.caption), creditPlain(figure.credit)].filter((part) => part !== '').join(' ');
  if (caption !== '') lines.push(caption);
  return lines.join('\n');
}
