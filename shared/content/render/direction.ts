export type TextDirection = 'ltr' | 'rtl';

/**
 * Languages whose usual script runs right to left. Besides the common ones (Urdu, Arabic,
 * Persian, Hebrew, Pashto, Sindhi, Uyghur, Yiddish, Dhivehi, Sorani Kurdish) this holds
 * deprecated codes still found in old files (iw, ji) and a few languages newsrooms in
 * Pakistan and the Gulf meet (Dari, Western Punjabi in Shahmukhi, Kashmiri, Balochi).
 */
const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar', 'arc', 'azb', 'bal', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'pnb', 'prs', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi',
]);

/** Right-to-left scripts (ISO 15924), for tags such as `pa-Arab` or `az-Arab`. */
const RTL_SCRIPTS: ReadonlySet<string> = new Set(['adlm', 'arab', 'hebr', 'mand', 'nkoo', 'rohg', 'samr', 'syrc', 'thaa']);

/**
 * The base direction for text in a language given as a BCP 47 tag. An explicit script
 * subtag decides (Sindhi in Devanagari, `sd-Deva`, is left to right); otherwise the
 * language does. Unknown or malformed tags are left to right.
 */
export function textDirection(language: string): TextDirection {
  const [primary = '', ...rest] = language.trim().toLowerCase().split(/[-_]/);
  // A script subtag follows the language or an extended language subtag (zh-yue-Hant).
  const script = rest.slice(0, 2).find((subtag) => /^[a-z]{4}$/.test(subtag));
  if (script !== undefined) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
