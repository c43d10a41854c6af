import { z } from 'zod';
import { safeWebUrl } from '../content/render/safe-url';

const WEB_ADDRESS_MESSAGE = 'give a web address starting with https://';

/** A web address the structured exports may name as it is (see safeWebUrl): nothing that would be dropped on the way out is stored. */
export const WebUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((url) => safeWebUrl(url) === url, WEB_ADDRESS_MESSAGE);

/**
 * An optional page about someone (a byline's author page, who made a claim): empty, or a
 * web address the structured exports may name as it is (see safeWebUrl), so nothing that
 * would be dropped on the way out is stored.
 */
export const OptionalWebUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((url) => url === '' || safeWebUrl(url) === url, `${WEB_ADDRESS_MESSAGE} (or leave it empty)`)
  .default('');
