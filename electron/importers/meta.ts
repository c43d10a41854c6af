import { ArticleMetaSchema, type ArticleMeta } from '../../shared/domain/article';
import { cleanText } from '../../shared/content/render/clean-text';

/** Metadata as an importer found it: loose strings, before any checking. */
export interface FoundMeta {
  headline?: string;
  dek?: string;
  bylines?: string[];
  section?: string;
  tags?: string[];
  slug?: string;
  dateline?: string;
  language?: string;
}

const LIMITS = { headline: 500, dek: 2000, byline: 200, section: 200, tag: 100, dateline: 200, bylines: 20, tags: 50 } as const;

const oneLine = (text: string): string => cleanText(text).replace(/\s+/g, ' ').trim();

function clip(text: string, max: number, label: string, warnings: string[]): string {
  const clean = oneLine(text);
  if (clean.length <= max) return clean;
  warnings.push(`The ${label} was longer than ${max} characters and was shortened.`);
  return clean.slice(0, max).trimEnd();
}

function clipList(items: readonly string[], maxItems: number, maxLength: number, label: string, warnings: string[]): string[] {
  const clean = [...new Set(items.map(oneLine).filter((item) => item !== ''))];
  if (clean.length > maxItems) warnings.push(`Only the first ${maxItems} ${label}s were kept.`);
  return clean.slice(0, maxItems).map((item) => clip(item, maxLength, label, warnings));
}

/**
 * Metadata an article can take: text cleaned and clipped to the lengths the article schema
 * allows, values that cannot be fixed (a malformed slug or language) dropped with a
 * warning, and the result checked against that schema.
 */
export function checkedMeta(found: FoundMeta, warnings: string[]): Partial<ArticleMeta> {
  const meta: Partial<ArticleMeta> = {};
  if (found.headline !== undefined && oneLine(found.headline) !== '') meta.headline = clip(found.headline, LIMITS.headline, 'headline', warnings);
  if (found.dek !== undefined && oneLine(found.dek) !== '') meta.dek = clip(found.dek, LIMITS.dek, 'dek', warnings);
  if (found.section !== undefined && oneLine(found.section) !== '') meta.section = clip(found.section, LIMITS.section, 'section', warnings);
  if (found.dateline !== undefined && oneLine(found.dateline) !== '') meta.dateline = clip(found.dateline, LIMITS.dateline, 'dateline', warnings);
  if (found.bylines !== undefined) {
    const bylines = clipList(found.bylines, LIMITS.bylines, LIMITS.byline, 'byline', warnings);
    if (bylines.length > 0) meta.bylines = bylines;
  }
  if (found.tags !== undefined) {
    const tags = clipList(found.tags, LIMITS.tags, LIMITS.tag, 'tag', warnings);
    if (tags.length > 0) meta.tags = tags;
  }
  if (found.slug !== undefined && found.slug.trim() !== '') {
    const slug = ArticleMetaSchema.shape.slug.safeParse(found.slug.trim());
    if (slug.success) meta.slug = slug.data;
    else warnings.push(`The slug "${oneLine(found.slug).slice(0, 80)}" was ignored: a slug is lowercase letters, digits and single hyphens.`);
  }
  if (found.language !== undefined && found.language.trim() !== '') {
    const language = ArticleMetaSchema.shape.language.safeParse(found.language.trim());
    if (language.success) meta.language = language.data;
    else warnings.push(`The language "${oneLine(found.language).slice(0, 40)}" was ignored: it is not a language tag such as en or ur-PK.`);
  }
  return ArticleMetaSchema.partial().parse(meta);
}
