/**
 * Typographic quotes as each language sets them, for curling what is typed. The table is
 * keyed by a language tag's primary subtag; a language it does not list keeps straight
 * quotes (better a straight quote than another language's). The Settings screen turns
 * curling off per language of this table.
 */
export interface QuoteStyle {
  /** The language's name, for the Settings screen. */
  readonly name: string;
  readonly open: string;
  readonly close: string;
  readonly innerOpen: string;
  readonly innerClose: string;
  readonly apostrophe: string;
  /** What sits between a guillemet and the words it quotes (French sets a narrow no-break space). */
  readonly inside: string;
}

const NNBSP = '\u202f';
const style = (name: string, quotes: string, inside = ''): QuoteStyle => {
  const [open = '"', close = '"', innerOpen = "'", innerClose = "'"] = [...quotes];
  return { name, open, close, innerOpen, innerClose, apostrophe: '’', inside };
};

export const QUOTE_STYLES: Readonly<Record<string, QuoteStyle>> = {
  en: style('English', '“”‘’'),
  de: style('German', '„“‚‘'),
  fr: style('French', '«»“”', NNBSP),
  es: style('Spanish', '«»“”'),
  it: style('Italian', '«»“”'),
  pt: style('Portuguese', '“”‘’'),
  nl: style('Dutch', '“”‘’'),
  pl: style('Polish', '„”‚’'),
  ru: style('Russian', '«»„“'),
  uk: style('Ukrainian', '«»„“'),
  tr: style('Turkish', '“”‘’'),
  sv: style('Swedish', '””’’'),
};

export const QUOTE_LANGUAGES = Object.keys(QUOTE_STYLES);

/** The quotes for a language tag (`en-GB` reads as `en`), or null when it keeps straight quotes. */
export function quoteStyleFor(language: string): QuoteStyle | null {
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  return Object.hasOwn(QUOTE_STYLES, primary) ? QUOTE_STYLES[primary]! : null;
}

/** What the typed quote becomes, and how many characters just before it it replaces too. */
export interface Curled {
  readonly text: string;
  readonly replacesBefore: number;
}

// After these (or at the start) a quote opens: a space, an opening bracket, a dash, a slash, another opening quote.
const OPENS_AFTER = /[\s([{\-–—/“‘„‚«‹»]$/u;
const WORD_CHAR = /[\p{L}\p{N}]$/u;

/**
 * Curls a straight quote typed after `before` (the paragraph's text up to it). A single
 * quote after a letter or digit is an apostrophe (don't) unless it closes a quotation
 * the language closes with another mark; elsewhere quotes open after a
 * space or at the start and close otherwise. In languages with guillemets a double quote
 * closes an open guillemet even after a space (« mot »), and the narrow space goes inside.
 */
function curlQuote(quote: '"' | "'", before: string, quotes: QuoteStyle): Curled {
  if (quote === "'") {
    if (WORD_CHAR.test(before)) {
      // Where the closing single quote is not the apostrophe (German ‚gut‘), an open one is closed.
      const closesInner = quotes.innerClose !== quotes.apostrophe && before.lastIndexOf(quotes.innerOpen) > before.lastIndexOf(quotes.innerClose);
      return { text: closesInner ? quotes.innerClose : quotes.apostrophe, replacesBefore: 0 };
    }
    const opens = before === '' || OPENS_AFTER.test(before);
    return { text: opens ? quotes.innerOpen : quotes.innerClose, replacesBefore: 0 };
  }
  if (quotes.inside !== '') {
    const closesGuillemet = before.lastIndexOf(quotes.open) > before.lastIndexOf(quotes.close);
    if (closesGuillemet) {
      const space = /[ \u00a0\u202f]$/.test(before) ? 1 : 0;
      return { text: `${quotes.inside}${quotes.close}`, replacesBefore: space };
    }
    return { text: `${quotes.open}${quotes.inside}`, replacesBefore: 0 };
  }
  const opens = before === '' || OPENS_AFTER.test(before);
  return { text: opens ? quotes.open : quotes.close, replacesBefore: 0 };
}

/**
 * A digit typed right after an opening single quote at the start of a word makes it an
 * apostrophe (’90s): when the quote was typed nothing told it from a quotation.
 */
function apostropheBeforeDigit(before: string, quotes: QuoteStyle): boolean {
  if (!/\p{N}$/u.test(before) || quotes.innerOpen === quotes.apostrophe) return false;
  const quoteAt = before.length - 2;
  return quoteAt >= 0 && before[quoteAt] === quotes.innerOpen && (quoteAt === 0 || /\s/.test(before[quoteAt - 1]!));
}

/** A change to typed text: `length` characters at `at` become `text`. */
export interface QuoteEdit {
  readonly at: number;
  readonly length: number;
  readonly text: string;
}

/**
 * What typing the last character of `typed` (the text up to the caret, that character
 * included) changes, or null: a straight quote is curled, and a digit after an opening
 * single quote turns that quote into an apostrophe. Every place a writer types prose asks
 * this, so the body, the headline, the standfirst and the notes curl alike.
 */
export function curlTyped(typed: string, quotes: QuoteStyle): QuoteEdit | null {
  const char = typed.at(-1);
  const before = typed.slice(0, -1);
  if (char === '"' || char === "'") {
    const curled = curlQuote(char, before, quotes);
    return { at: before.length - curled.replacesBefore, length: 1 + curled.replacesBefore, text: curled.text };
  }
  if (apostropheBeforeDigit(typed, quotes)) return { at: typed.length - 2, length: 1, text: quotes.apostrophe };
  return null;
}
