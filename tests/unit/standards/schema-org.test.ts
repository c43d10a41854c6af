import { describe, expect, it } from 'vitest';
import { renderJsonLd } from '../../../shared/content/render/jsonld';
import { resolveFigures } from '../../../shared/content/render/figure';
import { emptyMeta } from '../../../shared/domain/article';
import { bodyOf } from '../../support/bodies';
import { schemaOrgErrors } from '../../support/standards';
import { citation, confidentialInterview, footnote, para, source } from '../checks/source-fixtures';
import { figureJson, goodRights } from '../images/helpers';

describe('the schema.org vocabulary check', () => {
  it('refuses what is not schema.org: an unknown type, an unknown property, a property of another type, a value out of range', () => {
    expect(schemaOrgErrors({ '@context': 'https://schema.org', '@type': 'NewsStory' })).toEqual(['/: "NewsStory" is not a schema.org type']);
    expect(schemaOrgErrors({ '@context': 'https://schema.org', '@type': 'NewsArticle', scheme: 'x' })).toEqual(['/scheme: not a schema.org property']);
    expect(schemaOrgErrors({ '@context': 'https://schema.org', '@type': 'Person', headline: 'x' })).toEqual(['/headline: not a property of Person']);
    expect(schemaOrgErrors({ '@context': 'https://schema.org', '@type': 'ImageObject', width: 300 })).toEqual([
      '/width: 300 is outside the range of width (QuantitativeValue, Distance)',
    ]);
  });
});

const meta = { ...emptyMeta(), headline: 'Bridge reopens', dek: 'After repairs', bylines: ['Ana Ruiz'], section: 'City', tags: ['transport'], language: 'en' };
const report = source({ title: 'Engineers’ report', url: 'https://city.example.org/report', publisher: 'City Hall', author: 'B. Engineer', publishedDate: '2026-02-01' });
const secret = confidentialInterview('Jane Doe');
const body = bodyOf(
  para('The bridge ', citation([report.id], 'reopened on Monday'), '.', footnote('An official confirmed it.', [secret.id, report.id])),
  figureJson({ caption: 'The bridge at dawn.', alt: 'A bridge' }),
);
const resolved = resolveFigures(body, () => ({
  src: 'https://cdn.example.com/bridge.jpg',
  width: 1200,
  height: 800,
  credit: [{ text: 'Photo: Firebrace (CC BY 4.0)', href: null }],
  rights: goodRights({ copyrightNotice: '© Firebrace' }),
}));
const claims = {
  outletName: 'The Harbour Times',
  claims: [
    { quote: 'The bridge cost 40 million.', status: 'false' as const, checkedAt: '2026-03-01T10:00:00.000Z', sourceIds: [] },
    { quote: 'It carries 9,000 cars a day.', status: 'unverifiable' as const, checkedAt: '2026-03-01T11:00:00.000Z', sourceIds: [] },
  ],
};

describe('every JSON-LD document Galley writes keeps to schema.org’s vocabulary', () => {
  it.each([
    ['a bare article', { meta: { ...emptyMeta(), headline: 'Only' }, body: bodyOf(para('Text.')), updatedAt: '2026-03-01T09:00:00.000Z' }, undefined],
    ['an article citing sources, with a figure', { meta, body: resolved, updatedAt: '2026-03-01T09:00:00.000Z' }, undefined],
    ['an article with its claim reviews', { meta, body: resolved, updatedAt: '2026-03-01T09:00:00.000Z' }, claims],
  ])('%s', (_name, article, factChecks) => {
    const document = JSON.parse(renderJsonLd(article, [report, secret], factChecks)) as unknown;
    expect(schemaOrgErrors(document)).toEqual([]);
  });
});
