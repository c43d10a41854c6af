import { z } from 'zod';
import type { ArticleMeta } from '../../domain/article';
import type { ArticleBody } from '../body';
import type { ImageRights } from '../../domain/asset';
import { renderBodyHtml } from './html';
import { textDirection } from './direction';
import { cleanText } from './clean-text';
import type { SourceLookup } from './sources';

/**
 * IPTC ninjs 2.x (https://www.iptc.org/std/ninjs/): the JSON news format the webhook
 * receives and the folder target writes beside each page. Only the properties Galley
 * emits are described by `NinjsSchema`, which every rendering is checked against.
 */

export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json';

const NameValue = z.object({ role: z.string(), value: z.string() });
const Description = NameValue.extend({ contenttype: z.literal('text/plain') });
const Body = z.object({ role: z.string(), contenttype: z.literal('text/html'), value: z.string() });
const Rendition = z.object({ href: z.string(), contenttype: z.string(), width: z.number().int().positive().optional(), height: z.number().int().positive().optional() });
const RightsInfo = z.object({ linkedrights: z.string().optional(), encodedrights: z.string().optional() });

export const NinjsPictureSchema = z
  .object({
    uri: z.string(),
    type: z.literal('picture'),
    headlines: z.array(NameValue).optional(),
    descriptions: z.array(Description).optional(),
    by: z.string().optional(),
    copyrightnotice: z.string().optional(),
    usageterms: z.string().optional(),
    rightsinfo: z.array(RightsInfo).optional(),
    renditions: z.record(z.string(), Rendition),
  })
  .strict();

export const NinjsSchema = z
  .object({
    $schema: z.literal(NINJS_SCHEMA_URI),
    uri: z.string().min(1),
    type: z.literal('text'),
    version: z.string().regex(/^\d+$/),
    pubstatus: z.enum(['usable', 'canceled']),
    firstcreated: z.string().optional(),
    versioncreated: z.string(),
    contentcreated: z.string().optional(),
    language: z.string(),
    slugline: z.string().optional(),
    headlines: z.array(NameValue).min(1),
    descriptions: z.array(Description).optional(),
    bodies: z.array(Body).optional(),
    by: z.string().optional(),
    subjects: z.array(z.object({ name: z.string(), scheme: z.enum(['galley:section', 'galley:tag']) })).optional(),
    associations: z.record(z.string(), NinjsPictureSchema).optional(),
    ednote: z.string().optional(),
  })
  .strict();
export type Ninjs = z.infer<typeof NinjsSchema>;

/** One picture as it goes out with the article. */
export interface NinjsImage {
  assetId: string;
  href: string;
  mediaType: string;
  width: number | null;
  height: number | null;
  alt: string;
  caption: string;
  credit: string;
  rights: ImageRights | null;
}

export interface NinjsArticle {
  /** A stable URI for the item (`urn:galley:article:<id>`). */
  uri: string;
  meta: ArticleMeta;
  /** Figures already resolved (see ./figure), so the HTML carries image addresses and credits. */
  body: ArticleBody;
  sources?: SourceLookup;
  revisionNumber: number;
  firstCreated: string | null;
  versionCreated: string;
  images: readonly NinjsImage[];
  correctionNote: string | null;
  pubstatus?: 'usable' | 'canceled';
}

const tidy = (text: string): string => cleanText(text).replace(/\s+/g, ' ').trim();

function picture(image: NinjsImage): z.infer<typeof NinjsPictureSchema> {
  const rendition: z.infer<typeof Rendition> = { href: image.href, contenttype: image.mediaType };
  if (image.width !== null) rendition.width = image.width;
  if (image.height !== null) rendition.height = image.height;
  const out: z.infer<typeof NinjsPictureSchema> = { uri: `urn:galley:asset:${image.assetId}`, type: 'picture', renditions: { original: rendition } };
  if (tidy(image.caption) !== '') out.headlines = [{ role: 'caption', value: tidy(image.caption) }];
  const descriptions = [
    ...(tidy(image.alt) !== '' ? [{ role: 'alt', contenttype: 'text/plain' as const, value: tidy(image.alt) }] : []),
    ...(tidy(image.caption) !== '' ? [{ role: 'caption', contenttype: 'text/plain' as const, value: tidy(image.caption) }] : []),
  ];
  if (descriptions.length > 0) out.descriptions = descriptions;
  if (tidy(image.credit) !== '') out.by = tidy(image.credit);
  const rights = image.rights;
  if (rights !== null) {
    if (tidy(rights.copyrightNotice) !== '') out.copyrightnotice = tidy(rights.copyrightNotice);
    if (tidy(rights.usageTerms) !== '') out.usageterms = tidy(rights.usageTerms);
    const linked = rights.licence?.url ?? (rights.webStatement !== '' ? rights.webStatement : null);
    if (linked !== null && linked !== '') out.rightsinfo = [{ linkedrights: linked }];
  }
  return out;
}

/** The ninjs object for one revision of an article. */
export function articleNinjs(article: NinjsArticle): Ninjs {
  const { meta } = article;
  const ninjs: Ninjs = {
    $schema: NINJS_SCHEMA_URI,
    uri: article.uri,
    type: 'text',
    version: String(article.revisionNumber),
    pubstatus: article.pubstatus ?? 'usable',
    versioncreated: article.versionCreated,
    language: meta.language,
    headlines: [{ role: 'main', value: tidy(meta.headline) }],
  };
  if (article.firstCreated !== null) ninjs.firstcreated = article.firstCreated;
  if (meta.slug !== '') ninjs.slugline = meta.slug;
  if (tidy(meta.dek) !== '') ninjs.descriptions = [{ role: 'summary', contenttype: 'text/plain', value: tidy(meta.dek) }];
  if (article.pubstatus !== 'canceled') {
    ninjs.bodies = [{ role: 'main', contenttype: 'text/html', value: renderBodyHtml(article.body, { direction: textDirection(meta.language), sources: article.sources }) }];
  }
  const bylines = meta.bylines.map(tidy).filter((name) => name !== '');
  if (bylines.length > 0) ninjs.by = bylines.join(', ');
  // ninjs has no "section": it goes with the tags as a subject, each named by its scheme.
  const subjects = [
    ...(tidy(meta.section) !== '' ? [{ name: tidy(meta.section), scheme: 'galley:section' as const }] : []),
    ...meta.tags.map(tidy).filter((tag) => tag !== '').map((name) => ({ name, scheme: 'galley:tag' as const })),
  ];
  if (subjects.length > 0) ninjs.subjects = subjects;
  if (article.images.length > 0 && article.pubstatus !== 'canceled') {
    ninjs.associations = Object.fromEntries(article.images.map((image, index) => [`image${index + 1}`, picture(image)]));
  }
  if (article.correctionNote !== null && tidy(article.correctionNote) !== '') ninjs.ednote = `Correction: ${tidy(article.correctionNote)}`;
  return NinjsSchema.parse(ninjs);
}

export const renderNinjs = (article: NinjsArticle): string => `${JSON.stringify(articleNinjs(article), null, 2)}\n`;
