import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useGalley } from '../support/galley';
import { bodyOf } from '../support/bodies';
import { approvedArticle, correctedArticle, newsroom, step, type Newsroom } from '../support/publishing';
import { citation, footnote, para } from '../unit/checks/source-fixtures';
import { PLAIN, fixture } from '../unit/images/fixtures';
import { figureJson, goodRights } from '../unit/images/helpers';
import { NinjsSchema } from '../../shared/content/render/ninjs';
import { ninjsErrors } from '../support/standards';
import { pathToFileURL } from 'node:url';

const newGalley = useGalley();

const SECRET = {
  kind: 'interview' as const,
  title: 'Interview with Jane Doe',
  notes: 'Met at the port office.',
  interview: { name: 'Jane Doe', role: 'a port official', contact: 'jane.doe@port.example', attribution: 'anonymous' as const },
};
const REPORT = { kind: 'document' as const, title: 'Audit of the harbour works', url: 'https://audit.example.org/harbour', publisher: 'National Audit Office' };

/** An approved article with a footnote, a cited report, a confidential source and a credited image. */
async function richArticle(n: Newsroom) {
  const report = await n.writer.call('sources.create', { fields: REPORT });
  const secret = await n.writer.call('sources.create', { fields: SECRET });
  const added = await n.writer.call('assets.add', { fileName: PLAIN, data: fixture(PLAIN).toString('base64') });
  await n.writer.call('assets.updateRights', { id: added.asset.id, rights: goodRights() });
  const body = bodyOf(
    para('The works are ', citation([report.id], 'two years late'), '.', footnote('Per the audit, page 4.', [report.id])),
    para('An official ', citation([secret.id], 'said'), ' the cranes stopped.'),
    figureJson({ assetId: added.asset.id, caption: 'The harbour at dawn.', alt: 'Fishing boats moored at sunrise' }),
  );
  const id = await approvedArticle(n, body, undefined, [report.id, secret.id]);
  return { id, assetId: added.asset.id };
}

const filesIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

describe('the folder target, end to end', () => {
  it('publishes a page with footnotes and credits, its ninjs and JSON-LD, an index, and the image once; no confidential source anywhere', async () => {
    const g = newGalley();
    const n = newsroom(g);
    const { id } = await richArticle(n);
    await step(n.desk, { articleId: id, action: 'publish' });
    await g.galley.services.publishing.drain();
    const folder = join(g.dataDir, 'published');

    const page = readFileSync(join(folder, 'harbour-bridge.html'), 'utf8');
    expect(page).toContain('<h1>Harbour bridge approved</h1>');
    expect(page).toMatch(/<sup id="fnref-1"><a href="#fn-1">1<\/a><\/sup>/);
    expect(page).toContain('Per the audit, page 4.');
    expect(page).toMatch(/<figcaption>The harbour at dawn\. <span class="credit">.*Firebrace.*CC BY 4\.0.*<\/span><\/figcaption>/);
    expect(page).toMatch(/<img src="images\/[^"]+" alt="Fishing boats moored at sunrise"/);
    expect(page).toContain('<script type="application/ld+json">');

    const ninjsJson = JSON.parse(readFileSync(join(folder, 'harbour-bridge.ninjs.json'), 'utf8')) as unknown;
    expect(ninjsErrors(ninjsJson)).toEqual([]);
    const ninjs = NinjsSchema.parse(ninjsJson);
    expect(ninjs).toMatchObject({ type: 'text', uri: `urn:galley:article:${id}`, headlines: [{ role: 'main', value: 'Harbour bridge approved' }], by: 'Wren Writer', language: 'en' });
    expect(ninjs.descriptions).toEqual([{ role: 'summary', contenttype: 'text/plain', value: 'The council says yes.' }]);
    expect(ninjs.subjects).toEqual([
      { name: 'City', rel: 'section' },
      { name: 'harbour', rel: 'tag' },
      { name: 'council', rel: 'tag' },
    ]);
    expect(ninjs.bodies?.[0]?.value).toContain('Per the audit, page 4.');
    const [image] = readdirSync(join(folder, 'images'));
    expect(ninjs.associations?.[0]).toMatchObject({
      name: 'image1',
      type: 'picture',
      by: expect.stringContaining('Firebrace'),
      rightsinfo: { linkedrights: 'https://creativecommons.org/licenses/by/4.0/' },
      renditions: [{ name: 'original', href: pathToFileURL(join(folder, 'images', image!)).href }],
    });

    const jsonLd = JSON.parse(readFileSync(join(folder, 'harbour-bridge.jsonld'), 'utf8')) as Record<string, unknown>;
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: 'Harbour bridge approved', articleSection: 'City' });
    expect(JSON.stringify(jsonLd.citation)).toContain('Audit of the harbour works');
    expect(JSON.stringify(jsonLd.citation)).toContain('[confidential source]');

    const index = readFileSync(join(folder, 'index.html'), 'utf8');
    expect(index).toContain('<a href="harbour-bridge.html">Harbour bridge approved</a>');
    const images = readdirSync(join(folder, 'images'));
    expect(images).toHaveLength(1);

    for (const file of filesIn(folder)) {
      expect(readFileSync(file).toString('latin1'), file).not.toMatch(/jane|doe@|port\.example/i);
    }
  });

  it('updates the page with a correction note, keeps the image it already copied, and takes the page down on unpublish', async () => {
    const g = newGalley();
    const n = newsroom(g);
    const { id, assetId } = await richArticle(n);
    await step(n.desk, { articleId: id, action: 'publish' });
    await g.galley.services.publishing.drain();
    const folder = join(g.dataDir, 'published');
    const imagePath = join(folder, 'images', readdirSync(join(folder, 'images'))[0]!);
    const imageWritten = readFileSync(imagePath);

    await correctedArticle(n, id, bodyOf(para('The works are three years late.'), figureJson({ assetId, caption: 'The harbour at dawn.', alt: 'Boats' })), 'An earlier version said two years.');
    await step(n.desk, { articleId: id, action: 'publish' });
    const [job] = (await n.desk.call('publishing.forArticle', { articleId: id })).map((p) => p.job);
    expect(job).toMatchObject({ action: 'update', correctionNote: 'An earlier version said two years.' });
    await g.galley.services.publishing.drain();

    const page = readFileSync(join(folder, 'harbour-bridge.html'), 'utf8');
    expect(page).toContain('three years late');
    expect(page).toContain('<aside class="correction" role="note"><strong>Correction:</strong> An earlier version said two years.</aside>');
    expect(JSON.parse(readFileSync(join(folder, 'harbour-bridge.ninjs.json'), 'utf8'))).toMatchObject({ ednote: 'Correction: An earlier version said two years.', version: expect.any(String) });
    expect(readFileSync(imagePath).equals(imageWritten)).toBe(true);

    await step(n.desk, { articleId: id, action: 'unpublish' });
    await g.galley.services.publishing.drain();
    expect(existsSync(join(folder, 'harbour-bridge.html'))).toBe(false);
    expect(existsSync(join(folder, 'harbour-bridge.ninjs.json'))).toBe(false);
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).not.toContain('harbour-bridge');
    const [publication] = await n.desk.call('publishing.forArticle', { articleId: id });
    expect(publication).toMatchObject({ remote: 'down', url: null, job: { action: 'unpublish', state: 'done' } });
  });

  it('does not overwrite a page changed on disk: it shows both versions and the desk chief chooses', async () => {
    const g = newGalley();
    const n = newsroom(g);
    const id = await approvedArticle(n, bodyOf(para('First version of the text.')));
    await step(n.desk, { articleId: id, action: 'publish' });
    await g.galley.services.publishing.drain();
    const pagePath = join(g.dataDir, 'published', 'harbour-bridge.html');
    writeFileSync(pagePath, '<html><head><title>Edited by hand</title></head><body>A hand edit</body></html>');

    await correctedArticle(n, id, bodyOf(para('Second version of the text.')), 'Fixed a figure.');
    await step(n.desk, { articleId: id, action: 'publish' });
    await g.galley.services.publishing.drain();
    const [publication] = await n.desk.call('publishing.forArticle', { articleId: id });
    expect(publication?.job).toMatchObject({ state: 'conflict', lastError: expect.stringContaining('was changed') });
    expect(readFileSync(pagePath, 'utf8')).toContain('A hand edit');

    const view = await n.desk.call('publishing.conflict', { jobId: publication!.job!.id });
    expect(view.galley.html).toContain('Second version of the text.');
    expect(view.remote).toMatchObject({ title: 'Edited by hand', html: expect.stringContaining('A hand edit') });

    await n.desk.call('publishing.resolveConflict', { jobId: publication!.job!.id, keep: 'galley' });
    await g.galley.services.publishing.drain();
    expect(readFileSync(pagePath, 'utf8')).toContain('Second version of the text.');
    const [after] = await n.desk.call('publishing.forArticle', { articleId: id });
    expect(after?.job).toMatchObject({ state: 'done' });
  });

  it('keeps the remote copy when the desk chief chooses it, and records it so the next sync does not conflict', async () => {
    const g = newGalley();
    const n = newsroom(g);
    const id = await approvedArticle(n, bodyOf(para('First version.')));
    await step(n.desk, { articleId: id, action: 'publish' });
    await g.galley.services.publishing.drain();
    const pagePath = join(g.dataDir, 'published', 'harbour-bridge.html');
    writeFileSync(pagePath, '<html><head><title>Hand</title></head><body>Hand edit</body></html>');
    await correctedArticle(n, id, bodyOf(para('Second version.')), 'Fix.');
    await step(n.desk, { articleId: id, action: 'publish' });
    await g.galley.services.publishing.drain();
    const [publication] = await n.desk.call('publishing.forArticle', { articleId: id });
    const kept = await n.desk.call('publishing.resolveConflict', { jobId: publication!.job!.id, keep: 'remote' });
    expect(kept).toMatchObject({ state: 'done', lastError: 'The copy on the target was kept; this revision was not sent.' });
    expect(readFileSync(pagePath, 'utf8')).toContain('Hand edit');

    await correctedArticle(n, id, bodyOf(para('Third version.')), 'Another fix.');
    await step(n.desk, { articleId: id, action: 'publish' });
    await g.galley.services.publishing.drain();
    expect((await n.desk.call('publishing.forArticle', { articleId: id }))[0]?.job).toMatchObject({ state: 'done' });
    expect(readFileSync(pagePath, 'utf8')).toContain('Third version.');
  });
});
