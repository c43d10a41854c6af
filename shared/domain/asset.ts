import { z } from 'zod';
import { IdSchema, TimestampSchema } from './ids';
import { LICENCE_IDS } from '../licences/catalogue';
import { FindingSchema } from '../checks/finding';

/** The image formats Galley accepts, recognised from their bytes. */
export const IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'gif', 'avif'] as const;
export const ImageFormatSchema = z.enum(IMAGE_FORMATS);
export type ImageFormat = z.infer<typeof ImageFormatSchema>;

export const IMAGE_MEDIA_TYPES: Readonly<Record<ImageFormat, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

/** The media type of an image file named by its extension (`.jpg` is JPEG), or null for any other name. */
export function imageMediaTypeOf(fileName: string): string | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === undefined) return null;
  const format = ImageFormatSchema.safeParse(extension === 'jpg' ? 'jpeg' : extension);
  return format.success ? IMAGE_MEDIA_TYPES[format.data] : null;
}

/** The sizes the store serves: the file as added, a web size and a thumbnail (both WebP). */
export const ASSET_SIZES = ['original', 'web', 'thumb'] as const;
export const AssetSizeSchema = z.enum(ASSET_SIZES);
export type AssetSize = z.infer<typeof AssetSizeSchema>;

/** An image in the library: stored once, by the SHA-256 of its bytes. */
export const AssetSchema = z.object({
  id: IdSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: ImageFormatSchema,
  mime: z.string(),
  /** As displayed (after the EXIF orientation is applied). */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
  /** The name it was added under; for people only, never a path. */
  fileName: z.string(),
  /** Read from its metadata (IPTC Caption/Description, Alt Text): what a new figure starts with. */
  suggestedCaption: z.string(),
  suggestedAlt: z.string(),
  createdAt: TimestampSchema,
});
export type Asset = z.infer<typeof AssetSchema>;

const text = (max: number) => z.string().max(max);
/** An address people follow, or nothing. */
const WebUrlSchema = z.union([z.literal(''), z.string().max(2000).regex(/^https?:\/\/\S+$/i, 'an address starting with http:// or https://')]);

export const LicenceRefSchema = z.object({
  id: z.enum(LICENCE_IDS),
  /** The deed (a Creative Commons port keeps its own); null for the newsroom's own terms. */
  url: z.string().max(2000).regex(/^https?:\/\/\S+$/i, 'an address starting with http:// or https://').nullable(),
});

/** A calendar date (the last day the image may be used), or none. */
export const ExpiryDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-12-31')
  .refine((day) => {
    const time = Date.parse(`${day}T00:00:00.000Z`);
    return Number.isFinite(time) && new Date(time).toISOString().startsWith(day);
  }, 'a date that exists, such as 2026-12-31');

/**
 * An image's rights, shared by every article that uses it: what PRODUCT.md lists for
 * "Images and rights", with the IPTC field each one is read from.
 */
export const ImageRightsSchema = z.object({
  /** IPTC Creator (By-line). */
  creator: text(500),
  /** IPTC Credit Line: who is credited as the provider. */
  creditLine: text(500),
  /** IPTC Source: the original owner or supplier. */
  source: text(500),
  /** The page the image came from (XMP cc:attributionURL, or typed). */
  sourceUrl: WebUrlSchema,
  /** IPTC Copyright Notice. */
  copyrightNotice: text(2000),
  /** XMP Web Statement of Rights. */
  webStatement: WebUrlSchema,
  /** PLUS Licensor name and address. */
  licensor: text(500),
  licensorUrl: WebUrlSchema,
  licence: LicenceRefSchema.nullable(),
  /** Wire agency: the agency's name and the licence reference. */
  agency: text(500),
  licenceReference: text(500),
  /** Used with permission: who granted it. */
  permissionGrantedBy: text(500),
  /** Fair use / fair dealing: why it applies, in writing. */
  fairUseJustification: text(5000),
  /** XMP Usage Terms. */
  usageTerms: text(5000),
  /** The last day the image may be used, or null when the rights do not end. */
  expiresOn: ExpiryDateSchema.nullable(),
  /** IPTC Special Instructions ("Newsmagazines Out"). */
  restrictions: text(5000),
  /** IPTC Digital Source Type, as its URI. */
  digitalSourceType: text(500),
  aiGenerated: z.boolean(),
});
export type ImageRights = z.infer<typeof ImageRightsSchema>;

export const emptyRights = (): ImageRights => ({
  creator: '',
  creditLine: '',
  source: '',
  sourceUrl: '',
  copyrightNotice: '',
  webStatement: '',
  licensor: '',
  licensorUrl: '',
  licence: null,
  agency: '',
  licenceReference: '',
  permissionGrantedBy: '',
  fairUseJustification: '',
  usageTerms: '',
  expiresOn: null,
  restrictions: '',
  digitalSourceType: '',
  aiGenerated: false,
});

export const AssetWithRightsSchema = z.object({
  asset: AssetSchema,
  rights: ImageRightsSchema,
  rightsUpdatedAt: TimestampSchema,
});
export type AssetWithRights = z.infer<typeof AssetWithRightsSchema>;

/** What adding a file answers: the asset (new or, for the same bytes again, the existing one), its rights and their findings. */
export const AddedAssetSchema = AssetWithRightsSchema.extend({
  /** True when these bytes were already in the library: nothing new was stored. */
  duplicate: z.boolean(),
  findings: z.array(FindingSchema),
});
export type AddedAsset = z.infer<typeof AddedAssetSchema>;

/** A row of the expiring-rights report. */
export const ExpiringAssetSchema = AssetWithRightsSchema.extend({
  /** Whole days from today (UTC) to the last day of use; negative once the rights have ended. */
  daysLeft: z.number().int(),
});
export type ExpiringAsset = z.infer<typeof ExpiringAssetSchema>;

/** An image sent over the Bridge as base64: 40 MiB of it is a little over 30 MB of file. */
export const MAX_ASSET_UPLOAD_CHARS = 40 * 1024 * 1024;

/** What the library can be filtered by: a licence, or images without one. */
export const LicenceFilterSchema = z.union([z.enum(LICENCE_IDS), z.literal('none')]);
