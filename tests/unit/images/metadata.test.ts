import { describe, expect, it } from 'vitest';
import { readEmbeddedMetadata } from '../../../electron/assets/embedded-metadata';
import { rightsFromMetadata } from '../../../electron/assets/rights-from-metadata';
import { AGENCY, BROKEN, MUSEUM, PLAIN, STAFF, fixture, jpegWithXmp, xmpPacket } from './fixtures';

describe('rights read from a file’s IPTC and XMP', () => {
  it('fill every field the IPTC agency photographer example carries', async () => {
    const { rights, caption } = await readEmbeddedMetadata(fixture(AGENCY));
    expect(rights).toMatchObject({
      creator: 'Julie Doe',
      creditLine: 'Mugwum Press',
      source: 'Julie Doe / Mugwum Press',
      copyrightNotice: '©2009 Julie Doe / Mugwum Press, all rights reserved',
      webStatement: 'http://www.riecks.com/copyright.html',
      licensor: 'Mugwum Press',
      licensorUrl: 'http://www.mugwum.com',
      restrictions: 'Newsmagazines Out',
      licence: null,
      aiGenerated: false,
    });
    expect(rights.usageTerms).toMatch(/^Image to be used One-time only, non-exclusive use in English Language Edition Magazine/);
    expect(caption).toMatch(/^This statue of the 16th President of the United States/);
  });

  it('fill the staff photographer example, usage terms included', async () => {
    const { rights } = await readEmbeddedMetadata(fixture(STAFF));
    expect(rights).toMatchObject({
      creator: 'John Doe',
      creditLine: 'Big Newspaper',
      copyrightNotice: '©2010 Big Newspaper, all rights reserved',
      usageTerms: 'For consideration only, no reproduction without prior permission',
      licensor: 'Big Newspaper Group',
    });
    expect(rights.restrictions).toMatch(/^Newspapers Out/);
  });

  it('recognise a public-domain notice, and decode what XMP leaves escaped', async () => {
    const { rights, caption } = await readEmbeddedMetadata(fixture(MUSEUM));
    expect(rights.licence).toEqual({ id: 'pdm-1.0', url: 'https://creativecommons.org/publicdomain/mark/1.0/' });
    expect(rights.creator).toBe('Allan Kohl');
    expect(rights.creditLine).toBe('Allan Kohl; Minneapolis College of Art & Design Visual Resource Collection');
    expect(caption).toContain('Sais-tu ta leçon?');
  });

  it('read what the damaged JPEG still carries, and give empty fields for a photo without metadata', async () => {
    const broken = await readEmbeddedMetadata(fixture(BROKEN));
    expect(broken.rights).toMatchObject({ creditLine: 'Eric', restrictions: 'selected for web gallery' });
    const plain = await readEmbeddedMetadata(fixture(PLAIN));
    expect(plain.rights.creator).toBe('');
    expect(plain.rights.licence).toBeNull();
  });

  it('prefer XMP to IIM where a file has both, since IIM cuts long values; IIM fills what XMP lacks', () => {
    const { rights, caption } = rightsFromMetadata({
      iptc: { Credit: 'Photo: Jane Roe / www.riecks.c', Byline: 'J. Roe', CopyrightNotice: '© 2024 Jane Roe, all ri', Source: 'Agency', Caption: 'Short' },
      photoshop: { Credit: 'Photo: Jane Roe / www.riecks.com' },
      dc: { creator: ['Jane Roe'], rights: [{ lang: 'x-default', value: '© 2024 Jane Roe, all rights reserved' }], description: [{ lang: 'x-default', value: 'The whole caption.' }] },
    });
    expect(rights).toMatchObject({ creditLine: 'Photo: Jane Roe / www.riecks.com', creator: 'Jane Roe', copyrightNotice: '© 2024 Jane Roe, all rights reserved', source: 'Agency' });
    expect(caption).toBe('The whole caption.');
  });

  it('give empty fields, never an error, for garbage', async () => {
    expect((await readEmbeddedMetadata(Buffer.from('not an image at all'))).rights.creator).toBe('');
    expect(rightsFromMetadata(null).rights.licence).toBeNull();
    expect(rightsFromMetadata({ iptc: 'nonsense', dc: [1, 2], xmpRights: { UsageTerms: { value: { value: { value: 7 } } } } }).rights.usageTerms).toBe('7');
  });

  it('read a Creative Commons licence, the digital source type and alt text from XMP', async () => {
    const xmp = xmpPacket(`
    <dc:creator><rdf:Seq><rdf:li>Firebrace</rdf:li></rdf:Seq></dc:creator>
    <photoshop:Credit>Wikimedia Commons</photoshop:Credit>
    <xmpRights:WebStatement>https://commons.wikimedia.org/wiki/File:Harbour.jpg</xmpRights:WebStatement>
    <cc:license rdf:resource="http://creativecommons.org/licenses/by-sa/3.0/deed.en"/>
    <cc:attributionURL rdf:resource="https://commons.wikimedia.org/wiki/File:Harbour.jpg"/>
    <Iptc4xmpExt:DigitalSourceType>http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia</Iptc4xmpExt:DigitalSourceType>
    <Iptc4xmpCore:AltTextAccessibility><rdf:Alt><rdf:li xml:lang="x-default">Boats in a harbour at dawn</rdf:li></rdf:Alt></Iptc4xmpCore:AltTextAccessibility>`);
    const { rights, alt } = await readEmbeddedMetadata(await jpegWithXmp(xmp));
    expect(rights).toMatchObject({
      creator: 'Firebrace',
      creditLine: 'Wikimedia Commons',
      licence: { id: 'cc-by-sa-3.0', url: 'https://creativecommons.org/licenses/by-sa/3.0/' },
      sourceUrl: 'https://commons.wikimedia.org/wiki/File:Harbour.jpg',
      digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia',
      aiGenerated: true,
    });
    expect(alt).toBe('Boats in a harbour at dawn');
  });

  it('take the licence from a Creative Commons Web Statement or usage terms when there is no licence field', async () => {
    const fromStatement = xmpPacket(
      '<xmpRights:WebStatement>https://creativecommons.org/licenses/by-nc-nd/4.0/</xmpRights:WebStatement>',
    );
    expect((await readEmbeddedMetadata(await jpegWithXmp(fromStatement))).rights.licence?.id).toBe('cc-by-nc-nd-4.0');
    const fromTerms = xmpPacket(
      '<xmpRights:UsageTerms><rdf:Alt><rdf:li xml:lang="x-default">Licensed under CC BY 2.0 &amp; credit required</rdf:li></rdf:Alt></xmpRights:UsageTerms>',
    );
    const read = await readEmbeddedMetadata(await jpegWithXmp(fromTerms));
    expect(read.rights.licence?.id).toBe('cc-by-2.0');
    expect(read.rights.usageTerms).toBe('Licensed under CC BY 2.0 & credit required');
  });
});
