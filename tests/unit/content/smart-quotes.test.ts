import { describe, expect, it } from 'vitest';
import { apostropheBeforeDigit, curlQuote, quoteStyleFor, QUOTE_STYLES } from '../../../shared/content/smart-quotes';

/** Types `text` one character at a time into an empty paragraph, curling as the editor does. */
function typed(text: string, language: string): string {
  const quotes = quoteStyleFor(language);
  let out = '';
  for (const char of text) {
    if (quotes !== null && (char === '"' || char === "'")) {
      const curled = curlQuote(char, out, quotes);
      out = out.slice(0, out.length - curled.replacesBefore) + curled.text;
    } else {
      out += char;
      if (quotes !== null && apostropheBeforeDigit(out, quotes)) out = `${out.slice(0, -2)}${quotes.apostrophe}${out.slice(-1)}`;
    }
  }
  return out;
}

describe('smart quotes', () => {
  it('sets English quotes, apostrophes and nested quotes', () => {
    expect(typed(`"Don't," she said, "call it 'final'."`, 'en')).toBe('“Don’t,” she said, “call it ‘final’.”');
    expect(typed(`The '90s (and "the 80s")`, 'en-GB')).toBe('The ’90s (and “the 80s”)');
    expect(typed(`rock 'n' roll`, 'en')).toBe('rock ‘n’ roll');
  });

  it('sets German low-high quotes', () => {
    expect(typed(`Er sagte: "Das ist 'gut'." Geht's?`, 'de')).toBe('Er sagte: „Das ist ‚gut‘.“ Geht’s?');
  });

  it('sets French guillemets with a narrow no-break space inside, even when a space was typed before the closing one', () => {
    expect(typed(`Il a dit "oui" puis "non ".`, 'fr')).toBe('Il a dit «\u202foui\u202f» puis «\u202fnon\u202f».');
    expect(typed(`l'eau`, 'fr')).toBe('l’eau');
  });

  it('sets Russian, Polish and Swedish quotes', () => {
    expect(typed(`"Да"`, 'ru')).toBe('«Да»');
    expect(typed(`"Tak"`, 'pl')).toBe('„Tak”');
    expect(typed(`"Ja"`, 'sv')).toBe('”Ja”');
  });

  it('leaves a language without its own quotes straight', () => {
    expect(quoteStyleFor('ar')).toBeNull();
    expect(quoteStyleFor('ja')).toBeNull();
    expect(quoteStyleFor('constructor')).toBeNull();
    expect(typed(`"x"`, 'he')).toBe('"x"');
  });

  it('gives every language a full set of distinct opening and closing marks', () => {
    for (const [language, quotes] of Object.entries(QUOTE_STYLES)) {
      for (const mark of [quotes.open, quotes.close, quotes.innerOpen, quotes.innerClose, quotes.apostrophe]) {
        expect(mark, language).toMatch(/^[^"']$/u);
      }
      expect(quotes.name, language).not.toBe('');
    }
  });
});
