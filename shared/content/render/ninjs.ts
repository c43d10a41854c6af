import { z } from 'zod';
import type { ArticleMeta } from '../../domain/article';
import type { ArticleBody } from '../body';
import { imageMediaTypeOf, type ImageRights } from '../../domain/asset';
import { renderBodyHtml } from './html';
import { textDirection } from './direction';
import { oneLine } from './clean-text';
import { bylinesOf } from './bylines';
import type { SourceLookup } from './sources';
import { safeWebUrl } from './safe-url';
import { resolvedFigures } from './image-object';

/**
 * IPTC ninjs 2.2 (https://www.iptc.org/std/ninjs/): the JSON news format the webhook
 * receives, the folder target writes beside each page and `galley export --format ninjs`
 * prints. 2.2 is the newest of the 2.x generation, whose property names the receivers of
 * 2.x already read; 3.x renames every property (camelCase), which no 2.x reader follows.
 * Only the properties Galley emits are described by `NinjsSchema`; the tests validate
 * every rendering against IPTC's own schema file (tests/standards/ninjs).
 */

export const NINJS_STANDARD = {
  name: 'ninjs',
  version: '2.2',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json',
} as const;

const NameValue = z.object({ role: z.string(), value: z.string() });
const Description = NameValue.extend({ contenttype: z.literal('text/plain') });
const Body = z.object({ role: z.string(), contenttype: z.literal('text/html'), value: z.string() });
const Rendition = z.object({
  name: z.string(),
  href: z.url().optional(),
  contenttype: z.string().optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
});
const RightsInfo = z.object({ linkedrights: z.url() });
const Standard = z.object({ name: z.literal(NINJS_STANDARD.name), version: z.literal(NINJS_STANDARD.version), schema: z.literal(NINJS_STANDARD.schema) });

export const NinjsPictureSchema = z
  .object({
    name: z.string(),
    uri: z.string(),
    type: z.literal('picture'),
    headlines: z.array(NameValue).optional(),
    descriptions: z.array(Description).optional(),
    by: z.string().optional(),
    copyrightnotice: z.string().optional(),
    usageterms: z.string().optional(),
    rightsinfo: RightsInfo.optional(),
    renditions: z.array(Rendition),
  })
  .strict();

export const NinjsSchema = z
  .object({
    standard: Standard,
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
    people: z
      .array(z.object({ name: z.string(), rel: z.literal('author'), contactinfo: z.array(z.object({ type: z.literal('web'), name: z.string(), value: z.string() })).optional() }).strict())
      .optional(),
    // ninjs has no "section": it goes with the tags as a subject, `rel` saying which.
    subjects: z.array(z.object({ name: z.string(), rel: z.enum(['section', 'tag']) })).optional(),
    associations: z.array(NinjsPictureSchema).optional(),
    ednote: z.string().optional(),
  })
  .strict();
export type Ninjs = z.infer<typeof NinjsSchema>;

/** The article's identity in ninjs, stable across its revisions and targets. */
export const articleUri = (articleId: string): string => `urn:galley:article:${articleId}`;

/** One picture as it goes out with the article. */
export interface NinjsImage {
  assetId: string;
  /** Where a receiver can fetch the image: an absolute URL, or null when Galley put it nowhere a receiver can reach. */
  href: string | null;
  mediaType: string | null;
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

const tidy = oneLine;

function picture(image: NinjsImage, index: number): z.infer<typeof NinjsPictureSchema> {
  const rendition: z.infer<typeof Rendition> = { name: 'original' };
  if (image.href !== null) rendition.href = image.href;
  if (image.mediaType !== null) rendition.contenttype = image.mediaType;
  if (image.width !== null) rendition.width = image.width;
  if (image.height !== null) rendition.height = image.height;
  const out: z.infer<typeof NinjsPictureSchema> = { name: `image${index + 1}`, uri: `urn:galley:asset:${image.assetId}`, type: 'picture', renditions: [rendition] };
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
    const linked = safeWebUrl(rights.licence?.url) ?? safeWebUrl(rights.webStatement);
    if (linked !== null) out.rightsinfo = { linkedrights: linked };
  }
  return out;
}

/** The ninjs object for one revision of an article. */
export function articleNinjs(article: NinjsArticle): Ninjs {
  const { meta } = article;
  const ninjs: Ninjs = {
    standard: { ...NINJS_STANDARD },
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
  const bylines = bylinesOf(meta);
  if (bylines.length > 0) {
    ninjs.by = bylines.map((byline) => byline.name).join(', ');
    // Each author as a person too, so that an author page has somewhere to go (ninjs 2.2 `people`, a web contact).
    ninjs.people = bylines.map(({ name, url }) => ({ name, rel: 'author', ...(url === null ? {} : { contactinfo: [{ type: 'web', name: 'Author page', value: url }] }) }));
  }
  const subjects = [
    ...(tidy(meta.section) !== '' ? [{ name: tidy(meta.section), rel: 'section' as const }] : []),
    ...meta.tags.map(tidy).filter((tag) => tag !== '').map((name) => ({ name, rel: 'tag' as const })),
  ];
  if (subjects.length > 0) ninjs.subjects = subjects;
  if (article.images.length > 0 && article.pubstatus !== 'canceled') {
    ninjs.associations = article.images.map(picture);
  }
  if (article.correctionNote !== null && tidy(article.correctionNote) !== '') ninjs.ednote = `Correction: ${tidy(article.correctionNote)}`;
  return NinjsSchema.parse(ninjs);
}

export const renderNinjs = (article: NinjsArticle): string => `${JSON.stringify(articleNinjs(article), null, 2)}\n`;

/** What a receiver is sent when an article is withdrawn: its identity and that it is cancelled, nothing of its text. */
export const renderCanceledNinjs = (uri: string, at: string): string =>
  `${JSON.stringify({ standard: { ...NINJS_STANDARD }, uri, type: 'text', pubstatus: 'canceled', versioncreated: at }, null, 2)}\n`;

/**
 * The pictures of a body whose figures were resolved for export, for an export that is
 * not a publication: the image is named by its address only when that is a web address.
 */
export function figureNinjsImages(body: ArticleBody): NinjsImage[] {
  return resolvedFigures(body).map(({ fields, block, rights }) => ({
    assetId: block.assetId,
    href: safeWebUrl(block.src),
    mediaType: imageMediaTypeOf(block.src),
    width: block.width,
    height: block.height,
    alt: fields.alt,
    caption: fields.caption,
    credit: block.credit.map((part) => part.text).join(''),
    rights,
  }));
}
