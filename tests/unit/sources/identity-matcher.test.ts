import { describe, expect, it } from 'vitest';
import { identityMatcher } from '../../../shared/sources/identity-matcher';

/**
 * The corpus: the ways a confidential identity reaches a page. Each must be found, and
 * reported where it is in the original text (so a redaction replaces exactly it).
 */
const NAME = 'Jane Doe';
const ACCENTED = 'José Núñez';
const PHONE = '+1 555 0100';
const EMAIL = 'jane.doe@example.org';

const found = (identity: string, text: string): string[] => identityMatcher([identity]).find(text).map((m) => text.slice(m.index, m.index + m.length));

describe('the confidential identity matcher', () => {
  it.each([
    ['plain', NAME, 'said Jane Doe today', 'Jane Doe'],
    ['upper case and a line break', NAME, 'JANE\n doe said', 'JANE\n doe'],
    ['a URL slug', NAME, 'https://x.org/jane-doe/', 'jane-doe'],
    ['a non-breaking space', NAME, 'Jane\u00a0Doe', 'Jane\u00a0Doe'],
    ['an en dash', NAME, 'Jane–Doe', 'Jane–Doe'],
    ['a soft hyphen inside the name', NAME, 'Ja\u00adne Doe', 'Ja\u00adne Doe'],
    ['a zero-width space inside the name', NAME, 'Jane D\u200Boe', 'Jane D\u200Boe'],
    ['a zero-width joiner and a bidi mark', NAME, 'J\u200Dane \u200FDoe', 'J\u200Dane \u200FDoe'],
    ['a Cyrillic а', NAME, 'J\u0430ne Doe', 'J\u0430ne Doe'],
    ['a Cyrillic О and е', NAME, 'Jane D\u041E\u0435', 'Jane D\u041E\u0435'],
    ['a Greek ο', NAME, 'Jane D\u03BFe', 'Jane D\u03BFe'],
    ['fullwidth letters', NAME, '\uFF2A\uFF41\uFF4E\uFF45 Doe', '\uFF2A\uFF41\uFF4E\uFF45 Doe'],
    ['percent-encoded space', NAME, 'q=Jane%20Doe&x', 'Jane%20Doe'],
    ['percent-encoded letters', NAME, 'q=%4Aane+Doe', '%4Aane+Doe'],
    ['an HTML character reference', "Seán O'Brien", '<p>Seán O&#39;Brien spoke</p>', 'Seán O&#39;Brien'],
    ['a typographic apostrophe', "Seán O'Brien", 'Sean O’Brien spoke', 'Sean O’Brien'],
    ['decomposed accents', ACCENTED, 'Jose\u0301 Nu\u0303n\u0303ez said', 'Jose\u0301 Nu\u0303n\u0303ez'],
    ['no accents', ACCENTED, 'jose nunez said', 'jose nunez'],
    ['composed accents', 'Jose\u0301 Nu\u0303n\u0303ez', 'José Núñez said', 'José Núñez'],
    ['percent-encoded UTF-8', ACCENTED, '/Jos%C3%A9-N%C3%BA%C3%B1ez/', 'Jos%C3%A9-N%C3%BA%C3%B1ez'],
    ['the phone as stored', PHONE, 'call +1 555 0100.', '+1 555 0100'],
    ['the phone with parentheses, no country code', PHONE, 'call (555) 0100 now', '(555) 0100'],
    ['the phone with dashes', PHONE, 'call 555-0100', '555-0100'],
    ['the phone with dots and the international prefix', PHONE, 'tel. 00 1 555.0100', '00 1 555.0100'],
    ['a UK number nationally', '+44 20 7946 0000', 'ring 020 7946 0000', '020 7946 0000'],
    ['a UK number with (0)', '+44 20 7946 0000', 'ring +44 (0)20 7946-0000', '+44 (0)20 7946-0000'],
    ['the e-mail', EMAIL, 'write to jane.doe@example.org.', 'jane.doe@example.org'],
    ['the e-mail in another case', EMAIL, 'mailto:Jane.Doe@Example.ORG', 'Jane.Doe@Example.ORG'],
    ['the e-mail percent-encoded', EMAIL, 'mailto:jane.doe%40example.org', 'jane.doe%40example.org'],
    ['the e-mail fully percent-encoded', EMAIL, '%6A%61%6E%65%2E%64%6F%65%40example.org', '%6A%61%6E%65%2E%64%6F%65%40example.org'],
    ['the e-mail as an HTML reference', EMAIL, 'jane.doe&#64;example.org', 'jane.doe&#64;example.org'],
    ['the e-mail spelt out', EMAIL, 'jane.doe [at] example (dot) org', 'jane.doe [at] example (dot) org'],
  ])('finds %s', (_what, identity, text, expected) => {
    expect(found(identity, text)).toEqual([expected]);
  });

  it.each([
    ['a longer first name', NAME, 'Janet Doerr'],
    ['one part of the name', NAME, 'Jane Smith and John Doe'],
    ['letters glued on', NAME, 'JaneDoeX'],
    ['another number', PHONE, 'call (555) 0199'],
    ['a number that only shares a few digits', PHONE, 'in 100 years'],
    ['another address at the same domain', EMAIL, 'john.doe@example.org'],
  ])('leaves alone %s', (_what, identity, text) => {
    expect(found(identity, text)).toEqual([]);
  });

  it('finds every identity, in order, and ignores identities shorter than two characters', () => {
    const matcher = identityMatcher([NAME, PHONE, 'J']);
    expect(matcher.find('Jane Doe: (555) 0100; J.').map((m) => [m.index, m.length])).toEqual([
      [0, 8],
      [10, 10],
    ]);
    expect(identityMatcher(['J', ' ']).active).toBe(false);
  });
});
