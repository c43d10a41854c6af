import type { ImageRights } from '../domain/asset';
import { DEFAULT_LICENCE_POLICY, type LicencePolicy } from '../licences/policy';

/** What the image checks know of one asset in the library. */
export interface ImageRecord {
  /** The name it was added under, to tell people which image a finding is about. */
  fileName: string;
  rights: ImageRights;
}

/**
 * What the image checks read besides the article: the library's rights for each asset the
 * body shows, the newsroom's licence policy, and when the article would go out. Lookups
 * rather than values, so that one context set up by the main process serves every article
 * (the Checks panel and the approval gate alike) and always reads the current records.
 */
export interface ImageCheckContext {
  /** Null when the asset is not in this workstation's library. */
  asset(assetId: string): ImageRecord | null;
  policy(): LicencePolicy;
  /** Its scheduled time if it has one in the future, otherwise now. */
  publicationTime(articleId: string): Date;
}

/** No library: every image is unknown (and so unlicensed), the default policy, published now. */
export const NO_IMAGE_LIBRARY: ImageCheckContext = {
  asset: () => null,
  policy: () => DEFAULT_LICENCE_POLICY,
  publicationTime: () => new Date(),
};
