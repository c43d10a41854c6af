/** Languages written right to left (by primary subtag): the editor turns to `dir="rtl"` for them. */
const RIGHT_TO_LEFT = new Set(['ar', 'ur', 'fa', 'he', 'yi', 'ps', 'sd', 'ug', 'ckb', 'dv', 'syr']);

export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

export function primarySubtag(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? '';
}

export function directionOf(tag: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(primarySubtag(tag)) ? 'rtl' : 'ltr';
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
