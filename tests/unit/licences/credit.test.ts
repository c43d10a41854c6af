import { describe, expect, it } from 'vitest';
import { creditParts, creditText, type CreditInput } from '../../../shared/licences/credit';
import { figureCredit } from '../../../shared/licences/image-credit';
import { emptyRights } from '../../../shared/domain/asset';
import { licenceFromUrl } from '../../../shared/licences/recognise';

const ccBy4 = licenceFromUrl('https://creativecommons.org/licenses/by/4.0/');
const input = (over: Partial<CreditInput>): CreditInput => ({ creator: '', creditLine: '', licence: null, ...over });

describe('the TASL credit line', () => {
  it('writes the Creative Commons form: who made it, where it came from, the licence', () => {
    expect(creditText(input({ creator: 'Firebrace', creditLine: 'Wikimedia Commons', licence: ccBy4 }))).toBe(
      'Image by Firebrace, via Wikimedia Commons (CC BY 4.0)',
    );
  });

  it('links the source to the image’s page and the licence to its deed', () => {
    const parts = creditParts(
      input({ creator: 'Firebrace', creditLine: 'Wikimedia Commons', sourceUrl: 'https://commons.wikimedia.org/wiki/File:X.jpg', licence: ccBy4 }),
    );
    expect(parts).toEqual([
      { text: 'Image by Firebrace, via ', href: null },
      { text: 'Wikimedia Commons', href: 'https://commons.wikimedia.org/wiki/File:X.jpg' },
      { text: ' (', href: null },
      { text: 'CC BY 4.0', href: 'https://creativecommons.org/licenses/by/4.0/' },
      { text: ')', href: null },
    ]);
  });

  it('keeps a jurisdiction port’s deed as the licence link', () => {
    const ported = licenceFromUrl('http://creativecommons.org/licenses/by-sa/3.0/de/deed.de');
    expect(creditParts(input({ creator: 'A. Fotograf', licence: ported })).at(-2)).toEqual({
      text: 'CC BY-SA 3.0',
      href: 'https://creativecommons.org/licenses/by-sa/3.0/de/',
    });
  });

  it('puts a title first, quoted, when there is one', () => {
    expect(creditText(input({ title: 'Harbour at dawn', creator: 'Firebrace', creditLine: 'Wikimedia Commons', licence: ccBy4 }))).toBe(
      '“Harbour at dawn” by Firebrace, via Wikimedia Commons (CC BY 4.0)',
    );
  });

  it('does with what there is: only a creator, only a provider, a provider that is the creator', () => {
    expect(creditText(input({ creator: 'Julie Doe' }))).toBe('Image by Julie Doe');
    expect(creditText(input({ creditLine: 'Mugwum Press' }))).toBe('Image via Mugwum Press');
    expect(creditText(input({ creator: 'Reuters', creditLine: 'reuters' }))).toBe('Image by Reuters');
    expect(creditText(input({ creator: 'Julie Doe', agency: 'Mugwum Press' }))).toBe('Image by Julie Doe, via Mugwum Press');
    expect(creditText(input({ creator: '  Julie   Doe ', creditLine: '\tMugwum Press\n' }))).toBe('Image by Julie Doe, via Mugwum Press');
  });

  it('names the newsroom’s own terms only where a reader should see them', () => {
    expect(creditText(input({ creator: 'Ana', licence: { id: 'staff', url: null } }))).toBe('Image by Ana');
    expect(creditText(input({ creditLine: 'City Council', licence: { id: 'handout', url: null } }))).toBe('Image via City Council (handout)');
    expect(creditText(input({ creator: 'Bo', licence: { id: 'permission', url: null }, permissionGrantedBy: 'the family' }))).toBe(
      'Image by Bo (used with permission of the family)',
    );
    expect(creditText(input({ creator: 'Old Master', licence: { id: 'pdm-1.0', url: null } }))).toBe('Image by Old Master (public domain)');
  });

  it('is empty when there is nobody to credit', () => {
    expect(creditText(input({ licence: ccBy4 }))).toBe('');
    expect(creditParts(input({}))).toEqual([]);
  });

  it('lets a figure’s own credit line override the generated one', () => {
    const rights = { ...emptyRights(), creator: 'Firebrace', creditLine: 'Wikimedia Commons', licence: ccBy4 };
    expect(figureCredit('', rights)).toMatchObject({ text: 'Image by Firebrace, via Wikimedia Commons (CC BY 4.0)', generated: true });
    expect(figureCredit('  Photo: Firebrace  ', rights)).toMatchObject({ text: 'Photo: Firebrace', generated: false });
    expect(figureCredit('', null)).toMatchObject({ text: '', generated: true });
  });
});
