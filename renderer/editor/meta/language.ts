import { textDirection } from '../../../shared/content/render/direction';

export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

export function primarySubtag(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? '';
}

/**
 * The editor's direction for a language: the same rule as the exports (script subtags
 * decide, then the language), so `pnb` or `ks` read right to left in both, and `sd-Deva`
 * left to right in both.
 */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return textDirection(tag);
}

/** Offered in the language field; any valid BCP 47 tag can still be typed. */
export const SUGGESTED_LANGUAGES = [
  'en',
  'en-GB',
  'en-US',
  'ar',
  'de',
  'es',
  'fa',
  'fr',
  'he',
  'hi',
  'it',
  'ja',
  'nl',
  'pl',
  'pt',
  'ru',
  'sw',
  'tr',
  'uk',
  'ur',
  'zh',
] as const;

const names = new Intl.DisplayNames(undefined, { type: 'language' });

/** "Urdu" for "ur": the name a person reads next to the tag, or null for an unknown tag. */
export function languageName(tag: string): string | null {
  if (!LANGUAGE_TAG.test(tag)) return null;
  try {
    const name = names.of(tag);
    return name !== undefined && name.toLowerCase() !== tag.toLowerCase() ? name : null;
  } catch {
    return null;
  }
}
