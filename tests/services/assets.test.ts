import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useGalley, type TestClient } from '../support/galley';
import type { ImageRights } from '../../shared/domain/asset';
import { AGENCY, BROKEN, MUSEUM, PLAIN, STAFF, fixture, htmlAsJpeg, pngBomb, truncatedJpeg } from '../unit/images/fixtures';
import { bodyWith, figureJson } from '../unit/images/helpers';
import { ninjsErrors } from '../support/standards';

const newGalley = useGalley();

const add = (client: TestClient, bytes: Buffer, fileName: string) =>
  client.call('assets.add', { fileName, data: bytes.toString('base64') });
const addRaw = (client: TestClient, bytes: Buffer, fileName: string) =>
  client.raw('assets.add', { fileName, data: bytes.toString('base64') });
const codes = (findings: { code: string }[]) => findings.map((finding) => finding.code);

/** Every file under the data directory's image store. */
function storedFiles(dataDir: string): string[] {
  const root = join(dataDir, 'assets');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

/** An article whose body shows the given asset once, as a writer would save it. */
async function articleShowing(client: TestClient, assetId: string, figure: Partial<Parameters<typeof figureJson>[0]> = {}) {
  const created = await client.call('articles.create', { meta: { headline: 'Harbour', bylines: ['Wren Writer'], section: 'City' } });
  await client.call('articles.save', { id: created.id, baseVersion: created.version, body: bodyWith(figureJson({ assetId, ...figure })) });
  return created.id;
}

describe('adding an image to the library', () => {
  it('stores the IPTC agency example once by hash, with its rights read from the file and its findings', async () => {
    const g = newGalley();
    const added = await add(g, fixture(AGENCY), AGENCY);
    expect(added.duplicate).toBe(false);
    expect(added.asset).toMatchObject({ format: 'jpeg', mime: 'image/jpeg', width: 527, height: 350, fileName: AGENCY });
    expect(added.rights).toMatchObject({
      creator: 'Julie Doe',
      creditLine: 'Mugwum Press',
      copyrightNotice: '©2009 Julie Doe / Mugwum Press, all rights reserved',
      restrictions: 'Newsmagazines Out',
    });
    expect(added.rights.usageTerms).toMatch(/^Image to be used One-time only/);
    expect(codes(added.findings)).toEqual(['IMAGE_ALT_MISSING', 'IMAGE_LICENCE_MISSING', 'IMAGE_RESTRICTION']);
    expect(added.findings.find((f) => f.code === 'IMAGE_RESTRICTION')?.message).toContain('“Newsmagazines Out”');

    const hash = added.asset.sha256;
    expect(existsSync(join(g.dataDir, 'assets', hash.slice(0, 2), `${hash}.jpg`))).toBe(true);
    expect(storedFiles(g.dataDir).sort()).toEqual([`${hash}.jpg`, `${hash}.thumb.webp`, `${hash}.web.webp`]);
  });

  it('keeps the same file added twice as one asset, under any name', async () => {
    const g = newGalley();
    const first = await add(g, fixture(AGENCY), 'lincoln.jpg');
    const again = await add(g, fixture(AGENCY), 'copy of lincoln.png');
    expect(again.duplicate).toBe(true);
    expect(again.asset.id).toBe(first.asset.id);
    expect((await g.call('assets.search', {})).total).toBe(1);
    expect(storedFiles(g.dataDir)).toHaveLength(3);
  });

  it('raises IMAGE_RESTRICTION for the staff example’s usage terms', async () => {
    const g = newGalley();
    const added = await add(g, fixture(STAFF), STAFF);
    const restriction = added.findings.find((f) => f.code === 'IMAGE_RESTRICTION');
    expect(restriction?.severity).toBe('warn');
    expect(restriction?.message).toContain('usage terms “For consideration only, no reproduction without prior permission”');
  });

  it('refuses hostile files with a clear message and stores nothing of them', async () => {
    const g = newGalley();
    const html = await addRaw(g, htmlAsJpeg(), 'photo.jpg');
    expect(html).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('“photo.jpg” is not an image: it is a web page (HTML)') } });
    const cut = await addRaw(g, truncatedJpeg(), 'cut.jpg');
    expect(cut).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/“cut\.jpg” is damaged and cannot be read/) } });
    const bomb = await addRaw(g, pngBomb(), 'bomb.png');
    expect(bomb).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('20,000 × 20,000 pixels') } });
    const notBase64 = await g.raw('assets.add', { fileName: 'x.jpg', data: '<<<not base64>>>' });
    expect(notBase64).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(storedFiles(g.dataDir)).toEqual([]);
    expect((await g.call('assets.search', {})).total).toBe(0);
  });

  it('takes what the damaged fixture still holds, or refuses it cleanly', async () => {
    const g = newGalley();
    const result = await addRaw(g, fixture(BROKEN), BROKEN);
    if (result.ok) expect(result.value).toMatchObject({ rights: { creditLine: 'Eric', restrictions: 'selected for web gallery' } });
    else expect(result.error).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining(BROKEN) });
  });

  it('is for people who write: an admin may not add images', async () => {
    const g = newGalley();
    const refused = await g.admin.raw('assets.add', { fileName: 'a.jpg', data: fixture(PLAIN).toString('base64') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('rights, reuse and the checks', () => {
  it('saves rights edited by a person, and every article using the image is checked against them', async () => {
    const g = newGalley();
    const added = await add(g, fixture(AGENCY), AGENCY);
    const first = await articleShowing(g, added.asset.id, { alt: '' });
    const second = await articleShowing(g, added.asset.id);

    const before = (await g.call('checks.run', { articleId: first })).findings;
    expect(codes(before).filter((code) => code.startsWith('IMAGE_'))).toEqual(['IMAGE_ALT_MISSING', 'IMAGE_LICENCE_MISSING', 'IMAGE_RESTRICTION']);

    const rights: ImageRights = { ...added.rights, licence: { id: 'wire', url: null }, agency: 'Mugwum Press', licenceReference: 'MP-2009-117' };
    const saved = await g.call('assets.updateRights', { id: added.asset.id, rights });
    expect(saved.rights).toMatchObject({ licence: { id: 'wire', url: null }, agency: 'Mugwum Press' });

    expect(codes((await g.call('checks.run', { articleId: first })).findings).filter((c) => c.startsWith('IMAGE_'))).toEqual([
      'IMAGE_ALT_MISSING',
      'IMAGE_RESTRICTION',
    ]);
    expect(codes((await g.call('checks.run', { articleId: second })).findings).filter((c) => c.startsWith('IMAGE_'))).toEqual(['IMAGE_RESTRICTION']);
  });

  it('refuses rights that break the schema (an address that is not one, a date that is not one)', async () => {
    const g = newGalley();
    const added = await add(g, fixture(PLAIN), PLAIN);
    const bad = await g.raw('assets.updateRights', { id: added.asset.id, rights: { ...added.rights, sourceUrl: 'javascript:alert(1)' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringContaining('sourceUrl') } });
    const date = await g.raw('assets.updateRights', { id: added.asset.id, rights: { ...added.rights, expiresOn: '31/12/2026' } });
    expect(date).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const missing = await g.raw('assets.updateRights', { id: '5b0c1b7e-9d2a-4c1e-8b6f-5a4d3c2b1a09', rights: added.rights });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('finds images by creator, credit or licence, and those without a licence', async () => {
    const g = newGalley();
    const agency = await add(g, fixture(AGENCY), AGENCY);
    const museum = await add(g, fixture(MUSEUM), MUSEUM);
    await add(g, fixture(STAFF), STAFF);
    const ids = async (input: Parameters<typeof g.call<'assets.search'>>[1]) => (await g.call('assets.search', input)).items.map((item) => item.asset.id);
    expect(await ids({ query: 'julie' })).toEqual([agency.asset.id]);
    expect(await ids({ query: 'Mugwum' })).toEqual([agency.asset.id]);
    expect(await ids({ query: 'minneapolis' })).toEqual([museum.asset.id]);
    expect(await ids({ licence: 'pdm-1.0' })).toEqual([museum.asset.id]);
    expect((await ids({ licence: 'none' })).length).toBe(2);
    expect(await ids({ query: '100%' })).toEqual([]);
    await g.call('assets.updateRights', { id: agency.asset.id, rights: { ...agency.rights, licence: { id: 'cc-by-sa-4.0', url: null } } });
    expect(await ids({ query: 'CC BY-SA 4.0' })).toEqual([agency.asset.id]);
  });

  it('reports images whose rights end soon, soonest first, ended ones included', async () => {
    const now = new Date('2026-03-01T09:00:00Z');
    const g = newGalley(undefined, { now: () => now });
    const set = async (bytes: Buffer, name: string, expiresOn: string | null) => {
      const added = await add(g, bytes, name);
      await g.call('assets.updateRights', { id: added.asset.id, rights: { ...added.rights, expiresOn } });
      return added.asset.id;
    };
    const ended = await set(fixture(AGENCY), 'a.jpg', '2026-02-20');
    const soon = await set(fixture(STAFF), 's.jpg', '2026-03-05');
    await set(fixture(MUSEUM), 'm.jpg', '2026-09-01');
    await set(fixture(PLAIN), 'p.jpg', null);
    const report = (await g.call('assets.expiring', { withinDays: 30 })).items;
    expect(report.map((item) => [item.asset.id, item.daysLeft])).toEqual([
      [ended, -9],
      [soon, 4],
    ]);
  });

  it('follows the licence policy, which only an admin sets', async () => {
    const g = newGalley();
    expect(await g.call('assets.policy', {})).toEqual({ commercial: true, nonCommercialSeverity: 'warn', expiringWithinDays: 7 });
    const added = await add(g, fixture(PLAIN), PLAIN);
    await g.call('assets.updateRights', { id: added.asset.id, rights: { ...added.rights, creator: 'Ana', licence: { id: 'cc-by-nc-2.0', url: null } } });
    const article = await articleShowing(g, added.asset.id);
    const nc = async () => (await g.call('checks.run', { articleId: article })).findings.find((f) => f.code === 'IMAGE_LICENCE_NONCOMMERCIAL');
    expect((await nc())?.severity).toBe('warn');

    const denied = await g.raw('assets.setPolicy', { policy: { commercial: true, nonCommercialSeverity: 'block', expiringWithinDays: 7 } });
    expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Only an admin sets the licence policy.' } });
    await g.admin.call('assets.setPolicy', { policy: { commercial: true, nonCommercialSeverity: 'block', expiringWithinDays: 7 } });
    expect((await nc())?.severity).toBe('block');
    await g.admin.call('assets.setPolicy', { policy: { commercial: false, nonCommercialSeverity: 'block', expiringWithinDays: 7 } });
    expect(await nc()).toBeUndefined();
  });

  it('blocks approval-relevant image problems in the checks, and clears them once fixed', async () => {
    const g = newGalley();
    const added = await add(g, fixture(MUSEUM), MUSEUM);
    const created = await g.call('articles.create', { meta: { headline: 'Fashion', bylines: ['Wren'], section: 'Culture' } });
    const saved = await g.call('articles.save', { id: created.id, baseVersion: created.version, body: bodyWith(figureJson({ assetId: added.asset.id, alt: '' })) });
    const blocking = async () => (await g.call('checks.run', { articleId: created.id })).findings.filter((f) => f.severity === 'block').map((f) => f.code);
    expect(await blocking()).toEqual(['IMAGE_ALT_MISSING']);
    await g.call('articles.save', {
      id: created.id,
      baseVersion: saved.version,
      body: bodyWith(figureJson({ assetId: added.asset.id, alt: 'A fashion plate: two women in tailored suits under umbrellas' })),
    });
    expect(await blocking()).toEqual([]);
  });

  it('exports figures with the image’s address, alt text, caption and credit', async () => {
    const g = newGalley();
    const added = await add(g, fixture(MUSEUM), MUSEUM);
    const article = await articleShowing(g, added.asset.id, { caption: 'Gazette du Bon Ton, 1914.' });
    const html = (await g.call('articles.export', { id: article, format: 'html' })).content;
    expect(html).toContain(`<img src="images/${added.asset.sha256}.jpg" alt="Fishing boats moored in a calm harbour at sunrise" width="300" height="379">`);
    expect(html).toContain(
      '<figcaption>Gazette du Bon Ton, 1914. <span class="credit">Image by Allan Kohl, via Allan Kohl; Minneapolis College of Art &amp; Design Visual Resource Collection (<a href="https://creativecommons.org/publicdomain/mark/1.0/" rel="noopener noreferrer">public domain</a>)</span></figcaption>',
    );
    const json = (await g.call('articles.export', { id: article, format: 'json' })).content;
    expect(json).not.toContain('resolvedImage');
  });

  it('describes each figure as a schema.org ImageObject in the JSON-LD export', async () => {
    const g = newGalley();
    const added = await add(g, fixture(AGENCY), AGENCY);
    const article = await articleShowing(g, added.asset.id, { caption: 'A photographer at work.' });
    const jsonld = JSON.parse((await g.call('articles.export', { id: article, format: 'jsonld' })).content) as {
      image?: Array<Record<string, unknown>>;
    };
    expect(jsonld.image).toHaveLength(1);
    expect(jsonld.image?.[0]).toMatchObject({
      '@type': 'ImageObject',
      contentUrl: `images/${added.asset.sha256}.jpg`,
      creditText: expect.stringContaining('Mugwum Press'),
      copyrightNotice: expect.any(String),
      creator: expect.objectContaining({ name: 'Julie Doe' }),
    });
  });

  it('exports the article as ninjs valid against IPTC’s schema, with each figure as a picture and its rights', async () => {
    const g = newGalley();
    const added = await add(g, fixture(AGENCY), AGENCY);
    const article = await articleShowing(g, added.asset.id, { caption: 'A photographer at work.' });
    const file = await g.call('articles.export', { id: article, format: 'ninjs' });
    expect(file.fileName).toMatch(/\.ninjs\.json$/);
    const ninjs = JSON.parse(file.content) as { associations?: Array<Record<string, unknown>>; uri: string };
    expect(ninjsErrors(ninjs)).toEqual([]);
    expect(ninjs.uri).toBe(`urn:galley:article:${article}`);
    expect(ninjs.associations).toHaveLength(1);
    expect(ninjs.associations?.[0]).toMatchObject({
      name: 'image1',
      type: 'picture',
      uri: `urn:galley:asset:${added.asset.id}`,
      by: expect.stringContaining('Mugwum Press'),
      copyrightnotice: expect.any(String),
      renditions: [{ name: 'original', contenttype: 'image/jpeg' }],
    });
  });
});
