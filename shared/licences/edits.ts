import type { ImageRights } from '../domain/asset';
import { licenceById } from './catalogue';

/**
 * Why an image may not be cropped or rotated, or null when it may. A No Derivatives licence
 * allows the work only as it is: the crop and rotate controls refuse, and the
 * IMAGE_LICENCE_NO_DERIVATIVES check blocks a figure that was changed before the licence
 * was known.
 */
export function editRefusal(rights: ImageRights | null): string | null {
  const licence = rights?.licence === null || rights === null ? null : licenceById(rights.licence.id);
  if (licence === null || !licence.noDerivatives) return null;
  return `Its licence, ${licence.short}, allows no changes: it cannot be cropped or rotated.`;
}
