import { describe, expect, it } from 'vitest';
import { CC_VARIANTS, CC_VERSIONS, LICENCES, licenceById } from '../../../shared/licences/catalogue';
import { isPublicDomainNotice, licenceFromText, licenceFromUrl } from '../../../shared/licences/recognise';

/** Every way a Creative Commons deed's address is written in image metadata. */
function urlForms(path: string): string[] {
  const hosts = ['http://creativecommons.org', 'https://creativecommons.org', 'http://www.creativecommons.org', 'https://www.creativecommons.org', '//creativecommons.org'];
  const tails = ['', '/', '/deed', '/deed.en', '/deed.fr', '/deed.en_GB', '/deed.zh-hans', '/legalcode', '/legalcode.de', '/rdf'];
  return hosts.flatMap((host) => tails.map((tail) => `${host}/${path}${tail}`));
}

describe('recognising a licence from a Creative Commons address', () => {
  it('knows every BY variant in every version from 1.0 to 4.0, in every form of the address', () => {
    let checked = 0;
    for (const version of CC_VERSIONS) {
      for (const variant of CC_VARIANTS) {
        const path = `licenses/${version === '1.0' && variant === 'by-nc-nd' ? 'by-nd-nc' : variant}/${version}`;
        for (const url of urlForms(path)) {
          const found = licenceFromUrl(url);
          expect(found, url).not.toBeNull();
          expect(found?.id, url).toBe(`cc-${variant}-${version}`);
          expect(found?.url).toMatch(/^https:\/\/creativecommons\.org\/licenses\/.+\/$/);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(6 * 6 * 50);
  });

  it('reads upper case, a trailing slash or none, and a query or fragment', () => {
    expect(licenceFromUrl('HTTPS://CreativeCommons.org/Licenses/BY-SA/4.0/')?.id).toBe('cc-by-sa-4.0');
    expect(licenceFromUrl('https://creativecommons.org/licenses/by/4.0?ref=commons')?.id).toBe('cc-by-4.0');
    expect(licenceFromUrl('https://creativecommons.org/licenses/by-nc/2.0/#top')?.id).toBe('cc-by-nc-2.0');
    expect(licenceFromUrl('  https://creativecommons.org/licenses/by-nd/2.5/deed.es  ')?.id).toBe('cc-by-nd-2.5');
  });

  it('keeps a jurisdiction port’s own deed as the licence address', () => {
    expect(licenceFromUrl('http://creativecommons.org/licenses/by/3.0/de/deed.de')).toEqual({
      id: 'cc-by-3.0',
      url: 'https://creativecommons.org/licenses/by/3.0/de/',
    });
    expect(licenceFromUrl('https://creativecommons.org/licenses/by-nc-sa/2.0/uk/')?.id).toBe('cc-by-nc-sa-2.0');
    expect(licenceFromUrl('https://creativecommons.org/licenses/by/2.1/jp/')?.id).toBe('cc-by-2.1');
    expect(licenceFromUrl('https://creativecommons.org/licenses/by-nd-nc/1.0/fi/')?.id).toBe('cc-by-nc-nd-1.0');
  });

  it('knows CC0, the Public Domain Mark and the old public domain certification', () => {
    for (const url of urlForms('publicdomain/zero/1.0')) expect(licenceFromUrl(url)?.id, url).toBe('cc0-1.0');
    for (const url of urlForms('publicdomain/mark/1.0')) expect(licenceFromUrl(url)?.id, url).toBe('pdm-1.0');
    expect(licenceFromUrl('http://creativecommons.org/licenses/publicdomain/')?.id).toBe('pdm-1.0');
  });

  it('refuses addresses that are no licence: other sites, made-up versions and variants, other pages', () => {
    for (const url of [
      'https://example.com/licenses/by/4.0/',
      'https://creativecommons.org.evil.example/licenses/by/4.0/',
      'https://creativecommons.org/licenses/by/5.0/',
      'https://creativecommons.org/licenses/by/3.5/',
      'https://creativecommons.org/licenses/nc/1.0/',
      'https://creativecommons.org/licenses/by-sa-nd/4.0/',
      'https://creativecommons.org/licenses/by-nc-nc/4.0/',
      'https://creativecommons.org/licenses/',
      'https://creativecommons.org/about/',
      'https://creativecommons.org/publicdomain/zero/2.0/',
      'https://creativecommons.org/licenses/by/4.0/de/extra/',
      'ftp://creativecommons.org/licenses/by/4.0/',
      'not a url',
      '',
    ]) {
      expect(licenceFromUrl(url), url).toBeNull();
    }
  });
});

describe('recognising a licence from free text', () => {
  it('finds a Creative Commons address inside a sentence', () => {
    expect(licenceFromText('This file is licensed under https://creativecommons.org/licenses/by-sa/3.0/deed.en (attribution required).')?.id).toBe('cc-by-sa-3.0');
  });

  it('reads short and long licence names', () => {
    expect(licenceFromText('CC BY 4.0')?.id).toBe('cc-by-4.0');
    expect(licenceFromText('Licence: cc-by-nc-sa 2.0')?.id).toBe('cc-by-nc-sa-2.0');
    expect(licenceFromText('Creative Commons Attribution-ShareAlike 4.0 International')?.id).toBe('cc-by-sa-4.0');
    expect(licenceFromText('Creative Commons Attribution-NonCommercial-NoDerivs 3.0 Unported License')?.id).toBe('cc-by-nc-nd-3.0');
    expect(licenceFromText('Released under CC0')?.id).toBe('cc0-1.0');
  });

  it('treats public-domain notices as the Public Domain Mark, but not a denial', () => {
    for (const notice of ['publicDomain', 'Public Domain', 'public domain', 'This image is in the public domain.', 'Public_Domain']) {
      expect(licenceFromText(notice)?.id, notice).toBe('pdm-1.0');
      expect(isPublicDomainNotice(notice)).toBe(true);
    }
    expect(licenceFromText('This work is not in the public domain.')).toBeNull();
    expect(licenceFromText('©2009 Julie Doe / Mugwum Press, all rights reserved')).toBeNull();
  });
});

describe('the catalogue', () => {
  it('has every licence PRODUCT.md names, with its conditions', () => {
    for (const id of ['cc0-1.0', 'pdm-1.0', 'staff', 'wire', 'handout', 'permission', 'fair-use']) expect(licenceById(id), id).not.toBeNull();
    for (const version of ['2.0', '2.5', '3.0', '4.0']) {
      for (const variant of CC_VARIANTS) expect(licenceById(`cc-${variant}-${version}`)).not.toBeNull();
    }
    expect(licenceById('cc-by-nc-nd-4.0')).toMatchObject({ nonCommercial: true, noDerivatives: true, shareAlike: false, short: 'CC BY-NC-ND 4.0' });
    expect(licenceById('cc-by-sa-4.0')).toMatchObject({ nonCommercial: false, noDerivatives: false, shareAlike: true });
    expect(licenceById('wire')?.details).toEqual(['agency', 'licenceReference', 'expiry']);
    expect(licenceById('permission')?.details).toEqual(['permissionGrantedBy']);
    expect(licenceById('fair-use')?.details).toEqual(['fairUseJustification']);
    expect(new Set(LICENCES.map((licence) => licence.id)).size).toBe(LICENCES.length);
  });
});

describe('recognising a licence as the references write it', () => {
  it('takes no licence from an address that merely contains a Creative Commons address', () => {
    for (const text of [
      'https://example.com/share?u=https://creativecommons.org/licenses/by/4.0/',
      'https://example.com/redirect//creativecommons.org/licenses/by/4.0/',
      'See https://tracker.example/?next=http%3A//x&to=//creativecommons.org/licenses/by-sa/3.0/',
    ]) {
      expect(licenceFromText(text), text).toBeNull();
    }
    expect(licenceFromText('Licensed under (https://creativecommons.org/licenses/by/4.0/).')).toEqual({ id: 'cc-by-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
  });

  it('keeps a ported or IGO licence’s own address, from its address or its name', () => {
    const igo = { id: 'cc-by-sa-3.0', url: 'https://creativecommons.org/licenses/by-sa/3.0/igo/' };
    expect(licenceFromUrl('https://creativecommons.org/licenses/by-sa/3.0/igo/legalcode')).toEqual(igo);
    expect(licenceFromText('CC BY-SA 3.0 IGO')).toEqual(igo);
    expect(licenceFromText('Creative Commons Attribution-ShareAlike 3.0 IGO')).toEqual(igo);
    expect(licenceFromUrl('http://creativecommons.org/licenses/by-sa/2.0/fr/deed.fr')).toEqual({ id: 'cc-by-sa-2.0', url: 'https://creativecommons.org/licenses/by-sa/2.0/fr/' });
    expect(licenceFromText('CC BY-SA 2.0 FR')).toEqual({ id: 'cc-by-sa-2.0', url: 'https://creativecommons.org/licenses/by-sa/2.0/fr/' });
    // A word after the version is not a jurisdiction.
    expect(licenceFromText('CC BY 4.0 by Jane Roe')).toEqual({ id: 'cc-by-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
  });

  it('knows CC0 by any of its names, and never takes it for the Public Domain Mark', () => {
    const cc0 = { id: 'cc0-1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' };
    for (const text of ['CC0', 'CC-0', 'Creative Commons Zero', 'Creative Commons Zero, Public Domain Dedication', 'Public domain (CC0 1.0)']) {
      expect(licenceFromText(text), text).toEqual(cc0);
    }
  });

  it('recognises full licence names, "Share Alike" written in two words included', () => {
    expect(licenceFromText('Creative Commons Attribution-ShareAlike 3.0')).toEqual({ id: 'cc-by-sa-3.0', url: 'https://creativecommons.org/licenses/by-sa/3.0/' });
    expect(licenceFromText('Creative Commons Attribution-Share Alike 3.0 Unported')).toEqual({ id: 'cc-by-sa-3.0', url: 'https://creativecommons.org/licenses/by-sa/3.0/' });
    expect(licenceFromText('Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International License')).toEqual({
      id: 'cc-by-nc-nd-4.0',
      url: 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
    });
  });
});
