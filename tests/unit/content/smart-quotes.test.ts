import { describe, expect, it } from 'vitest';
import { curlTyped, quoteStyleFor, QUOTE_STYLES } from '../../../shared/content/smart-quotes';

/** Types `text` one character at a time into an empty paragraph or field, curling as the editors do. */
function typed(text: string, language: string): string {
  const quotes = quoteStyleFor(language);
  let out = '';
  for (const char of text) {
    out += char;
    const edit = quotes === null ? null : curlTyped(out, quotes);
    if (edit !== null) out = out.slice(0, edit.at) + edit.text + out.slice(edit.at + edit.length);
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

  it('names the span a typed character changes, and leaves other characters alone', () => {
    const en = quoteStyleFor('en')!;
    const fr = quoteStyleFor('fr')!;
    expect(curlTyped(`It's "`, en)).toEqual({ at: 5, length: 1, text: '“' });
    // The space typed before a closing guillemet becomes the narrow one inside it.
    expect(curlTyped('«\u202fnon "', fr)).toEqual({ at: 5, length: 2, text: '\u202f»' });
    expect(curlTyped('the ‘9', en)).toEqual({ at: 4, length: 1, text: '’' });
    expect(curlTyped('It’s', en)).toBeNull();
    expect(curlTyped('', en)).toBeNull();
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
