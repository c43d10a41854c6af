/**
 * Word boundaries that hold in every script Galley's writers use. JavaScript's \b knows only
 * ASCII letters, so "Kiev" would match inside "Kievан" and an Urdu word would split at its
 * vowel marks; here a word character is any letter, digit or combining mark, plus the
 * zero-width joiners Urdu and Persian write inside words.
 */
export const WORD_CHAR = String.raw`[\p{L}\p{N}\p{M}_\u200C\u200D]`;
export const BEFORE_WORD = String.raw`(?<!${WORD_CHAR})`;
export const AFTER_WORD = String.raw`(?!${WORD_CHAR})`;

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** A phrase as a regular-expression source: its characters literally, any run of spaces matching any whitespace. */
export function phrasePattern(phrase: string): string {
  return phrase
    .normalize('NFC')
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(REGEX_SPECIAL, '\\$&'))
    .join(String.raw`\s+`);
}

/** The form a phrase is looked up by: NFC, single spaces, and (unless case matters) lower case. */
export function phraseKey(text: string, caseSensitive: boolean): string {
  const spaced = text.normalize('NFC').trim().replace(/\s+/gu, ' ');
  return caseSensitive ? spaced : spaced.toLocaleLowerCase();
}

/**
 * The replacement in the case of the words it replaces: KIEV → KYIV, "Utilize" → "Use".
 * A replacement that starts with a capital (a name) keeps its own capitals otherwise.
 */
export function matchCase(found: string, replacement: string): string {
  const letters = found.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toLocaleUpperCase() && letters !== letters.toLocaleLowerCase()) {
    return replacement.toLocaleUpperCase();
  }
  const first = found.match(/\p{L}/u)?.[0];
  if (first !== undefined && first !== first.toLocaleLowerCase() && replacement.length > 0) {
    return replacement[0]!.toLocaleUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/** Spans of a paragraph inside quotation marks (“…”, «…», "…"), as [start, end) pairs. */
export function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const closers: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };
  let open: { at: number; closer: string } | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (open !== null) {
      if (char === open.closer) {
        spans.push([open.at, i + 1]);
        open = null;
      }
    } else if (char in closers) {
      open = { at: i, closer: closers[char]! };
    }
  }
  return spans;
}
