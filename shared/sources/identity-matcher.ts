/**
 * Finds a confidential source's identity (a name, a phone number, an e-mail address) in
 * text however it is written. The CONFIDENTIAL_SOURCE_EXPOSED check and every redaction
 * (shared/sources/redaction) use this one matcher, so what the check reports is exactly
 * what an output would have to hide.
 *
 * The text is first folded, character by character, keeping for each folded character the
 * range of the original it came from (so a match is reported, and replaced, in the
 * original):
 *
 * - compatibility forms and accents: NFKD, combining marks dropped ("José" however it is
 *   composed, "ｊａｎｅ");
 * - invisible characters dropped: soft hyphens, zero-width spaces and joiners, bidi
 *   controls (Unicode's default-ignorable code points);
 * - case, and letters that look Latin in Cyrillic and Greek ("Jаne" with a Cyrillic а);
 * - escapes an output adds: percent-encoding ("Jane%20Doe", "jane%40example.org") and
 *   HTML character references ("O&#39;Brien").
 *
 * Names match on whole words, with any run of separators (spaces, hyphens, dots,
 * underscores) between their parts; e-mail addresses also in their "[at]" / "(dot)"
 * spellings; phone numbers by their digits, whatever punctuation surrounds them, with a
 * national spelling ("020 7946 0000", "(555) 0100") matching the international one.
 */

export interface IdentityMatch {
  /** Start in the original text, in UTF-16 code units. */
  index: number;
  length: number;
}

export interface IdentityMatcher {
  /** False when there is nothing to find (every text is clean). */
  readonly active: boolean;
  /** Every match in `text`, in order, none overlapping. */
  find(text: string): readonly IdentityMatch[];
}

/** Cyrillic and Greek letters (lower case, after folding) that readers take for Latin ones. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ґ: 'r',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  ς: 's', ζ: 'z',
  // Apostrophes and dashes in their typographic spellings.
  '’': "'", '‘': "'", 'ʼ': "'", '′': "'",
};

const COMBINING = /\p{M}/gu;
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

const folded = new Map<string, string>();

/** One code point, folded (possibly to nothing, or to several characters). */
function foldChar(char: string): string {
  let out = folded.get(char);
  if (out !== undefined) return out;
  if (IGNORABLE.test(char)) out = '';
  else {
    out = '';
    for (const part of char.normalize('NFKD').replace(COMBINING, '').toLowerCase()) out += LOOK_ALIKES[part] ?? part;
  }
  // A bounded cache: hostile text with every code point must not grow it without end.
  if (folded.size < 10_000) folded.set(char, out);
  return out;
}

const PERCENT_RUN = /^(?:%[0-9a-f]{2})+/i;
const CHARACTER_REFERENCE = /^&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/i;
const NAMED_REFERENCES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The escape at `at` (percent-encoding or an HTML character reference) decoded, with its length; null when there is none. */
function escapeAt(text: string, at: number): { decoded: string; length: number } | null {
  const char = text[at];
  if (char === '%') {
    const run = PERCENT_RUN.exec(text.slice(at, at + 3 * 64));
    if (run === null) return null;
    try {
      return { decoded: decodeURIComponent(run[0]), length: run[0].length };
    } catch {
      // Not UTF-8 as a whole: decode the first byte alone when it is ASCII.
      const byte = Number.parseInt(run[0].slice(1, 3), 16);
      return byte < 0x80 ? { decoded: String.fromCharCode(byte), length: 3 } : null;
    }
  }
  if (char === '&') {
    const reference = CHARACTER_REFERENCE.exec(text.slice(at, at + 12));
    if (reference === null) return null;
    const [whole, decimal, hex, named] = reference;
    const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? Number.parseInt(hex, 16) : -1;
    if (named !== undefined) return { decoded: NAMED_REFERENCES[named.toLowerCase()] ?? '', length: whole.length };
    return code >= 0 && code <= 0x10ffff ? { decoded: String.fromCodePoint(code), length: whole.length } : null;
  }
  return null;
}

/** Folded text and, for each of its UTF-16 units, where in the original it starts and ends. */
export interface FoldedText {
  text: string;
  startOf(at: number): number;
  endOf(at: number): number;
}

/**
 * Most text is ASCII with nothing to decode (every key and most values of a stored body):
 * folding it is lower-casing it, one character for one, so no per-character work is needed.
 */
const PLAIN_ASCII = /^[\t\n\r\x20-\x24\x27-\x7e]*$/;

/** `lower` is the text lower-cased, one character for one. */
const asciiFold = (lower: string): FoldedText => ({ text: lower, startOf: (at) => at, endOf: (at) => at + 1 });

/** Folds text as described above (exported for the tests). */
export function foldText(text: string): FoldedText {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (value: string, start: number, end: number) => {
    for (const char of value) {
      for (const unit of foldChar(char)) {
        out += unit;
        starts.push(start);
        ends.push(end);
      }
    }
  };
  let at = 0;
  while (at < text.length) {
    const escape = escapeAt(text, at);
    if (escape !== null) {
      emit(escape.decoded, at, at + escape.length);
      at += escape.length;
      continue;
    }
    const code = text.codePointAt(at)!;
    const width = code > 0xffff ? 2 : 1;
    emit(text.slice(at, at + width), at, at + width);
    at += width;
  }
  return { text: out, startOf: (i) => starts[i]!, endOf: (i) => ends[i]! };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Between the parts of a name: any run of spaces, dashes, dots, underscores or plus signs. */
const SEPARATOR = String.raw`[\s\p{Pd}_.+]+`;
const AT = String.raw`(?:\s*@\s*|\s*[[(]\s*at\s*[\])]\s*)`;
const DOT = String.raw`(?:\s*\.\s*|\s*[[(]\s*dot\s*[\])]\s*)`;

/** A phone number: at least this many digits, and nothing in it but digits and phone punctuation. */
const MIN_PHONE_DIGITS = 6;
const PHONE_SHAPE = /^[+\d\s().\-/]+$/;
/** Digits with the punctuation people put between them: "+44 (0)20 7946-0000", "(555) 0100". */
const NUMBER_IN_TEXT = /(?<![\p{L}\p{N}])\+?\(?\d(?:[\s().\-/]{0,3}\d)*\)?/gu;
/** The shortest run of a number's digits that still names one line (a local number without its area code). */
const MIN_SHARED_DIGITS = 7;

const TRUNK_IN_PARENTHESES = /\(\s*0\s*\)/g;
const digitsOf = (text: string): string => text.replace(/\D/g, '');
const withoutTrunk = (digits: string): string => digits.replace(/^0+/, '');

/** True when two spellings of a number are the same line: equal digits, or one the other with a country or area code. */
function samePhone(identity: string, found: string): boolean {
  const a = withoutTrunk(identity);
  const b = withoutTrunk(found);
  if (a === b) return a.length >= MIN_PHONE_DIGITS;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_SHARED_DIGITS && longer.endsWith(shorter);
}

function textAlternative(identity: string): string {
  const value = foldText(identity).text.trim();
  if (value.includes('@')) {
    const [local, domain] = [value.slice(0, value.lastIndexOf('@')), value.slice(value.lastIndexOf('@') + 1)];
    const dotted = (part: string) => part.split('.').filter((p) => p !== '').map(escapeRegExp).join(DOT);
    return `${dotted(local)}${AT}${dotted(domain)}`;
  }
  return value
    .split(/[\s\p{Pd}_.+]+/u)
    .filter((part) => part !== '')
    .map(escapeRegExp)
    .join(SEPARATOR);
}

/** A matcher for the given identities (names, contacts); identities of fewer than two characters are ignored. */
export function identityMatcher(identities: readonly string[]): IdentityMatcher {
  const phones: string[] = [];
  const words: string[] = [];
  for (const raw of identities) {
    const identity = raw.trim();
    if ([...identity].length < 2) continue;
    const digits = digitsOf(identity);
    if (PHONE_SHAPE.test(identity) && digits.length >= MIN_PHONE_DIGITS) phones.push(digits);
    else {
      const alternative = textAlternative(identity);
      if (alternative !== '') words.push(alternative);
    }
  }
  // Longest first, so that "Jane Doe-Smith" wins over "Jane Doe".
  words.sort((a, b) => b.length - a.length);
  const pattern = words.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

  function find(text: string): readonly IdentityMatch[] {
    if (text === '') return NONE;
    // Most strings of an export hold no identity: rejected before anything is allocated.
    const plain = PLAIN_ASCII.test(text);
    const haystack = plain ? text.toLowerCase() : foldText(text);
    const folded = typeof haystack === 'string' ? haystack : haystack.text;
    const names = pattern !== null && hit(pattern, folded);
    const numbers = phones.length > 0 && LONG_NUMBER.test(folded);
    if (!names && !numbers) return NONE;
    const fold = typeof haystack === 'string' ? asciiFold(haystack) : haystack;
    const ranges: [number, number][] = [];
    const keep = (start: number, end: number) => ranges.push([fold.startOf(start), fold.endOf(end - 1)]);
    if (names) for (const match of each(pattern, folded)) keep(match.index, match.index + match[0].length);
    if (numbers) {
      for (const match of each(NUMBER_IN_TEXT, folded)) {
        // "+44 (0)20": the trunk zero in parentheses is dialled only from inside the country.
        const spellings = [digitsOf(match[0]), digitsOf(match[0].replace(TRUNK_IN_PARENTHESES, ''))];
        if (phones.some((phone) => spellings.some((found) => samePhone(phone, found)))) keep(match.index, match.index + match[0].length);
      }
    }
    return ranges.length === 0 ? NONE : merged(ranges);
  }

  return { active: pattern !== null || phones.length > 0, find };
}

const NONE: readonly IdentityMatch[] = Object.freeze([]);
/** A run of at least MIN_PHONE_DIGITS digits, spelt as NUMBER_IN_TEXT allows: the cheap test before the numbers are read. */
const LONG_NUMBER = new RegExp(String.raw`\d(?:[\s().\-/]{0,3}\d){${MIN_PHONE_DIGITS - 1}}`);

function hit(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Every match of a global pattern (matchAll would copy the pattern on every call: this runs for every string of an export). */
function* each(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    yield match;
    if (match[0] === '') pattern.lastIndex += 1;
  }
}

/** Ranges sorted and joined where they overlap or touch. */
function merged(ranges: [number, number][]): IdentityMatch[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: IdentityMatch[] = [];
  for (const [start, end] of ranges) {
    const last = out.at(-1);
    if (last !== undefined && start <= last.index + last.length) last.length = Math.max(last.length, end - last.index);
    else out.push({ index: start, length: end - start });
  }
  return out;
}
