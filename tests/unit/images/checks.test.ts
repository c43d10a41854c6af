import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks/registry';
import { checkImages } from '../../../shared/checks/images';
import { captionDisclosesAi } from '../../../shared/checks/images-disclosure';
import { editRefusal } from '../../../shared/licences/edits';
import type { Finding } from '../../../shared/checks/finding';
import { ASSET_ID, OTHER_ASSET_ID, article, bodyWith, contextWith, figureJson, goodRights, record, type ContextOptions } from './helpers';

const AI = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';

function findings(figures: ReturnType<typeof figureJson>[], options: ContextOptions = { records: { [ASSET_ID]: record(goodRights()) } }): Finding[] {
  return [...checkImages(article(bodyWith(...figures)), contextWith(options))];
}
const codes = (list: Finding[]) => list.map((finding) => `${finding.code}:${finding.severity}`);
const withRights = (rights: ReturnType<typeof goodRights>) => ({ records: { [ASSET_ID]: record(rights) } });

describe('the image checks', () => {
  it('find nothing wrong with a licensed, credited, described image', () => {
    expect(findings([figureJson()])).toEqual([]);
    expect(runChecks(article(bodyWith(figureJson())), contextWith(withRights(goodRights())))).toEqual([]);
  });

  it('IMAGE_ALT_MISSING blocks an image without alt text, pointing at the image', () => {
    const found = findings([figureJson({ alt: '   ' })]);
    expect(codes(found)).toEqual(['IMAGE_ALT_MISSING:block']);
    expect(found[0]).toMatchObject({ location: { kind: 'asset', assetId: ASSET_ID } });
    expect(found[0]!.message).toMatch(/“harbour\.jpg” has no alt text: describe what it shows/);
  });

  it('IMAGE_LICENCE_MISSING blocks an image without a licence, and one missing from the library', () => {
    expect(codes(findings([figureJson()], withRights(goodRights({ licence: null }))))).toEqual(['IMAGE_LICENCE_MISSING:block']);
    const unknown = findings([figureJson({ assetId: OTHER_ASSET_ID })]);
    expect(codes(unknown)).toEqual(['IMAGE_LICENCE_MISSING:block']);
    expect(unknown[0]!.message).toMatch(/not in this workstation’s image library/);
  });

  it('IMAGE_CREDIT_MISSING blocks only when there is no credit line and none can be generated', () => {
    const nobody = goodRights({ creator: '', creditLine: '' });
    expect(codes(findings([figureJson()], withRights(nobody)))).toEqual(['IMAGE_CREDIT_MISSING:block']);
    expect(findings([figureJson({ credit: 'Photo: the family' })], withRights(nobody))).toEqual([]);
    expect(findings([figureJson()], withRights(goodRights({ creator: '', creditLine: '', agency: 'Reuters', licence: { id: 'wire', url: null } })))).toEqual([]);
  });

  it('IMAGE_LICENCE_NONCOMMERCIAL warns in a commercial outlet, blocks when the policy says so, and is quiet otherwise', () => {
    const nc = withRights(goodRights({ licence: { id: 'cc-by-nc-4.0', url: null } }));
    expect(codes(findings([figureJson()], nc))).toEqual(['IMAGE_LICENCE_NONCOMMERCIAL:warn']);
    expect(codes(findings([figureJson()], { ...nc, policy: { commercial: true, nonCommercialSeverity: 'block', expiringWithinDays: 7 } }))).toEqual([
      'IMAGE_LICENCE_NONCOMMERCIAL:block',
    ]);
    expect(findings([figureJson()], { ...nc, policy: { commercial: false, nonCommercialSeverity: 'block', expiringWithinDays: 7 } })).toEqual([]);
    expect(findings([figureJson()], nc)[0]!.message).toMatch(/licensed CC BY-NC 4\.0 \(non-commercial only\)/);
  });

  it('IMAGE_LICENCE_NO_DERIVATIVES blocks a cropped or rotated ND image, not one shown as it is', () => {
    const nd = withRights(goodRights({ licence: { id: 'cc-by-nd-4.0', url: null } }));
    expect(findings([figureJson()], nd)).toEqual([]);
    const crop = { x: 0.1, y: 0, width: 0.8, height: 1 };
    expect(codes(findings([figureJson({ crop })], nd))).toEqual(['IMAGE_LICENCE_NO_DERIVATIVES:block']);
    expect(findings([figureJson({ rotation: 90 })], nd)[0]!.message).toMatch(/it is rotated/);
    expect(findings([figureJson({ crop, rotation: 180 })], nd)[0]!.message).toMatch(/cropped and rotated/);
    // A BY licence allows changes.
    expect(findings([figureJson({ crop, rotation: 90 })])).toEqual([]);
  });

  it('refuses cropping an ND image before it happens', () => {
    expect(editRefusal(goodRights({ licence: { id: 'cc-by-nc-nd-3.0', url: null } }))).toMatch(/CC BY-NC-ND 3\.0, allows no changes: it cannot be cropped or rotated/);
    expect(editRefusal(goodRights())).toBeNull();
    expect(editRefusal(null)).toBeNull();
  });

  it('IMAGE_RIGHTS_EXPIRED blocks and IMAGE_RIGHTS_EXPIRING warns, against the publication time', () => {
    const publishedAt = new Date('2026-03-01T12:00:00Z');
    const on = (expiresOn: string) => codes(findings([figureJson()], { ...withRights(goodRights({ expiresOn })), publishedAt }));
    expect(on('2026-02-28')).toEqual(['IMAGE_RIGHTS_EXPIRED:block']);
    // The last day of use is usable through that whole day (UTC).
    expect(on('2026-03-01')).toEqual(['IMAGE_RIGHTS_EXPIRING:warn']);
    expect(on('2026-03-07')).toEqual(['IMAGE_RIGHTS_EXPIRING:warn']);
    expect(on('2026-03-08')).toEqual([]);
    expect(on('2027-01-01')).toEqual([]);
    const warned = findings([figureJson()], { ...withRights(goodRights({ expiresOn: '2026-03-03' })), publishedAt });
    expect(warned[0]!.message).toMatch(/until 2026-03-03, 3 days after publication/);
    const wider = { ...withRights(goodRights({ expiresOn: '2026-03-20' })), publishedAt, policy: { commercial: true, nonCommercialSeverity: 'warn' as const, expiringWithinDays: 30 } };
    expect(codes(findings([figureJson()], wider))).toEqual(['IMAGE_RIGHTS_EXPIRING:warn']);
  });

  it('IMAGE_AI_UNDISCLOSED blocks an AI-generated image whose caption does not say so', () => {
    const flagged = withRights(goodRights({ aiGenerated: true }));
    expect(codes(findings([figureJson({ caption: 'The harbour at dawn.' })], flagged))).toEqual(['IMAGE_AI_UNDISCLOSED:block']);
    expect(findings([figureJson({ caption: 'An AI-generated impression of the harbour.' })], flagged)).toEqual([]);
    const byType = withRights(goodRights({ digitalSourceType: AI }));
    expect(codes(findings([figureJson()], byType))).toEqual(['IMAGE_AI_UNDISCLOSED:block']);
    expect(findings([figureJson({ caption: 'Illustration made with generative software.' })], byType)).toEqual([]);
  });

  it('reads an AI disclosure in the ways captions say it', () => {
    for (const caption of ['AI-generated image', 'Image: A.I. illustration', 'Created with Midjourney', 'made using artificial intelligence', 'A synthetic image', 'Computer-generated']) {
      expect(captionDisclosesAi(caption), caption).toBe(true);
    }
    for (const caption of ['Said the mayor', 'The harbour at dawn', 'Aid arrives in Gaza', 'Mai Tai']) {
      expect(captionDisclosesAi(caption), caption).toBe(false);
    }
  });

  it('IMAGE_RESTRICTION warns about special instructions and usage terms, quoting them', () => {
    const found = findings([figureJson()], withRights(goodRights({ restrictions: 'Newsmagazines Out', usageTerms: 'One-time use only' })));
    expect(codes(found)).toEqual(['IMAGE_RESTRICTION:warn']);
    expect(found[0]!.message).toMatch(/special instructions “Newsmagazines Out” and usage terms “One-time use only”/);
    expect(codes(findings([figureJson()], withRights(goodRights({ usageTerms: 'Editorial use only' }))))).toEqual(['IMAGE_RESTRICTION:warn']);
  });

  it('reports an image shown twice once, and each different image separately', () => {
    const twice = findings([figureJson({ alt: '' }), figureJson({ alt: '' })]);
    expect(codes(twice)).toEqual(['IMAGE_ALT_MISSING:block']);
    const two = findings([figureJson({ alt: '' }), figureJson({ assetId: OTHER_ASSET_ID })]);
    expect(two.map((finding) => [finding.code, finding.location])).toEqual([
      ['IMAGE_ALT_MISSING', { kind: 'asset', assetId: ASSET_ID }],
      ['IMAGE_LICENCE_MISSING', { kind: 'asset', assetId: OTHER_ASSET_ID }],
    ]);
  });

  it('run with the other checks, blocking findings first', () => {
    const body = bodyWith(figureJson({ alt: '' }));
    const all = runChecks(article(body), contextWith(withRights(goodRights({ restrictions: 'No archive' }))));
    expect(codes(all)).toEqual(['IMAGE_ALT_MISSING:block', 'IMAGE_RESTRICTION:warn']);
  });

  it('skip a malformed figure rather than throwing, and ignore bodies without figures', () => {
    expect(findings([{ ...figureJson(), assetId: 'not-a-uuid' }])).toEqual([]);
    expect(checkImages(article(bodyWith()), contextWith({}))).toEqual([]);
  });
});

describe('the rights record', () => {
  it('accepts only real dates and web addresses', async () => {
    const { ImageRightsSchema } = await import('../../../shared/domain/asset');
    const ok = (over: Partial<ReturnType<typeof goodRights>>) => ImageRightsSchema.safeParse(goodRights(over)).success;
    expect(ok({ expiresOn: '2028-02-29' })).toBe(true);
    expect(ok({ expiresOn: '2027-02-29' })).toBe(false);
    expect(ok({ expiresOn: '2026-13-45' })).toBe(false);
    expect(ok({ sourceUrl: 'javascript:alert(1)' })).toBe(false);
    expect(ok({ licence: { id: 'cc-by-4.0', url: 'javascript:alert(1)' } })).toBe(false);
    expect(ok({ licence: { id: 'cc-by-9.0' as 'cc-by-4.0', url: null } })).toBe(false);
  });
});
