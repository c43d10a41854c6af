import { z } from 'zod';
import { safeWebUrl } from '../content/render/safe-url';

/**
 * An optional page about someone (a byline's author page, who made a claim): empty, or a
 * web address the structured exports may name as it is (see safeWebUrl), so nothing that
 * would be dropped on the way out is stored.
 */
export const OptionalWebUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((url) => url === '' || safeWebUrl(url) === url, 'give a web address starting with https:// (or leave it empty)')
  .default('');
