import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../shared/content/canonical-json';
import { ArticleBodySchema, type ArticleBody } from '../../shared/content/body';
import { CropSchema, type Crop } from '../../shared/content/nodes/figure-data';
import type { JsonLdClaims } from '../../shared/content/render/jsonld';
import { GalleyError } from '../../shared/contract/errors';
import type { ArticleMeta } from '../../shared/domain/article';
import type { ImageRights } from '../../shared/domain/asset';
import { ClaimAuthorSchema, ClaimStatusSchema } from '../../shared/domain/review';
import type { Source } from '../../shared/domain/source';

/**
 * The publication: everything the publishing targets render from, as an approval binds it.
 * Made once, at approval, from the approved revision and what the library says of its
 * sources, images and claims then; already redacted. Stored with the approval (its JSON and
 * hash), and every send of that approval renders from this copy, never from live records.
 */
export interface ApprovedPublication {
  formatVersion: 1;
  articleId: string;
  revisionId: string;
  revisionNumber: number;
  /** The slug filled in from the headline when the article has none. */
  meta: ArticleMeta;
  /** Figures resolved (address, size, credit line and rights ride on each figure node). */
  body: ArticleBody;
  /** Every source the article cites or attaches, as the exports show it. */
  sources: Source[];
  /** Each image once, in body order. */
  images: PublishedImage[];
  /** The claims published as ClaimReview; null when the outlet does not publish fact-checks. */
  factChecks: JsonLdClaims | null;
}

/** One image of the publication: what the reader sees with it, and which rendition of which stored file. */
export interface PublishedImage {
  assetId: string;
  fileName: string;
  mediaType: string;
  alt: string;
  caption: string;
  credit: string;
  rights: ImageRights | null;
  crop: Crop | null;
  rotation: 0 | 90 | 180 | 270;
}

/** The hash an approval binds: of the whole publication, independent of key order. */
export function publicationHash(publication: ApprovedPublication): string {
  return createHash('sha256').update(canonicalJson(publication)).digest('hex');
}

/** The stored form: canonical JSON, so the hash can be checked against the very bytes kept. */
export const publicationJson = (publication: ApprovedPublication): string => canonicalJson(publication);

/*
 * The shape checked on reading back. The parts that come from the domain (metadata, sources,
 * rights) are checked loosely: they were redacted before they were stored, and a
 * placeholder where an address was must not make an approved article unpublishable. The
 * hash check before it is what vouches that they are exactly what was approved.
 */
const StoredPublicationSchema = z.object({
  formatVersion: z.literal(1),
  articleId: z.string(),
  revisionId: z.string(),
  revisionNumber: z.number().int(),
  meta: z.looseObject({ headline: z.string(), slug: z.string() }),
  body: ArticleBodySchema,
  sources: z.array(z.looseObject({ id: z.string(), kind: z.string(), title: z.string() })),
  images: z.array(
    z.object({
      assetId: z.string(),
      fileName: z.string(),
      mediaType: z.string(),
      alt: z.string(),
      caption: z.string(),
      credit: z.string(),
      rights: z.looseObject({}).nullable(),
      crop: CropSchema.nullable(),
      rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]),
    }),
  ),
  factChecks: z
    .object({
      outletName: z.string(),
      claims: z.array(z.object({ quote: z.string(), status: ClaimStatusSchema, checkedAt: z.string(), sourceIds: z.array(z.string()), author: ClaimAuthorSchema.nullish() })),
    })
    .nullable(),
});

/** The stored publication, checked against its hash: a copy that does not match is never sent. */
export function readPublication(json: string, hash: string): ApprovedPublication {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = null;
  }
  const checked = StoredPublicationSchema.safeParse(parsed);
  if (!checked.success || createHash('sha256').update(canonicalJson(parsed)).digest('hex') !== hash) {
    throw new GalleyError('CONFLICT', 'The approved copy of this article is damaged, so it will not be sent: approve it again.');
  }
  // The hash matched what was built at approval, which had these types.
  return parsed as ApprovedPublication;
}
