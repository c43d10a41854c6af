import { describe, expect, it } from 'vitest';
import { articleNinjs, NinjsSchema, renderCanceledNinjs } from '../../../shared/content/render/ninjs';
import { ninjsErrors } from '../../support/standards';
import { emptyMeta } from '../../../shared/domain/article';
import { bodyOfParagraphs } from '../../support/bodies';
import { goodRights } from '../images/helpers';

const base = {
  uri: 'urn:galley:article:1',
  meta: { ...emptyMeta(), headline: 'Harbour  bridge', dek: 'Yes.', bylines: ['Wren Writer', 'Ed Editor'], section: 'City', tags: ['harbour'], slug: 'harbour', language: 'ur' },
  body: bodyOfParagraphs('The council voted.'),
  revisionNumber: 3,
  firstCreated: '2026-03-01T09:00:00.000Z',
  versionCreated: '2026-03-02T09:00:00.000Z',
  images: [],
  correctionNote: null,
};

describe('ninjs 2.2', () => {
  it('carries the headline, summary, HTML body in the article’s direction, byline, subjects and version', () => {
    const ninjs = articleNinjs(base);
    expect(ninjs).toMatchObject({
      type: 'text',
      version: '3',
      pubstatus: 'usable',
      firstcreated: '2026-03-01T09:00:00.000Z',
      versioncreated: '2026-03-02T09:00:00.000Z',
      language: 'ur',
      slugline: 'harbour',
      headlines: [{ role: 'main', value: 'Harbour bridge' }],
      by: 'Wren Writer, Ed Editor',
    });
    expect(ninjs.bodies?.[0]).toMatchObject({ contenttype: 'text/html', value: expect.stringContaining('The council voted.') });
    expect(ninjs.subjects).toEqual([{ name: 'City', rel: 'section' }, { name: 'harbour', rel: 'tag' }]);
    expect(ninjs.ednote).toBeUndefined();
  });

  it('associates each picture with its rendition, alt text, caption, credit and rights', () => {
    const ninjs = articleNinjs({
      ...base,
      correctionNote: 'An earlier version misspelt the mayor’s name.',
      images: [{ assetId: 'a1', href: 'https://cdn.example.com/a1.webp', mediaType: 'image/webp', width: 800, height: 600, alt: 'Boats', caption: 'Dawn.', credit: 'Firebrace (CC BY 4.0)', rights: goodRights({ copyrightNotice: '© Firebrace', usageTerms: 'Credit required' }) }],
    });
    expect(ninjs.associations?.[0]).toEqual({
      name: 'image1',
      uri: 'urn:galley:asset:a1',
      type: 'picture',
      headlines: [{ role: 'caption', value: 'Dawn.' }],
      descriptions: [
        { role: 'alt', contenttype: 'text/plain', value: 'Boats' },
        { role: 'caption', contenttype: 'text/plain', value: 'Dawn.' },
      ],
      by: 'Firebrace (CC BY 4.0)',
      copyrightnotice: '© Firebrace',
      usageterms: 'Credit required',
      rightsinfo: { linkedrights: 'https://creativecommons.org/licenses/by/4.0/' },
      renditions: [{ name: 'original', href: 'https://cdn.example.com/a1.webp', contenttype: 'image/webp', width: 800, height: 600 }],
    });
    expect(ninjs.ednote).toBe('Correction: An earlier version misspelt the mayor’s name.');
    expect(NinjsSchema.safeParse({ ...ninjs, extra: 1 }).success).toBe(false);
  });
});

const picture = {
  assetId: 'a1',
  href: 'https://cdn.example.com/a1.webp',
  mediaType: 'image/webp',
  width: 800,
  height: 600,
  alt: 'Boats',
  caption: 'Dawn.',
  credit: 'Firebrace (CC BY 4.0)',
  rights: goodRights({ copyrightNotice: '© Firebrace', usageTerms: 'Credit required' }),
};

describe('every ninjs Galley writes is valid against IPTC’s ninjs 2.2 schema', () => {
  it.each([
    ['a plain article', base],
    ['an article with nothing optional', { ...base, meta: { ...emptyMeta(), headline: 'Only a headline' }, firstCreated: null }],
    ['an article with pictures and a correction', { ...base, images: [picture, { ...picture, assetId: 'a2', href: null, mediaType: null, width: null, height: null, rights: null }], correctionNote: 'Fixed a name.' }],
    ['a withdrawn article', { ...base, pubstatus: 'canceled' as const }],
  ])('%s', (_name, article) => {
    const ninjs = articleNinjs(article);
    expect(ninjsErrors(ninjs)).toEqual([]);
    expect(ninjs.standard).toEqual({ name: 'ninjs', version: '2.2', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json' });
  });

  it('the notice that an article was withdrawn', () => {
    expect(ninjsErrors(JSON.parse(renderCanceledNinjs('urn:galley:article:1', '2026-03-02T09:00:00.000Z')))).toEqual([]);
  });
});
