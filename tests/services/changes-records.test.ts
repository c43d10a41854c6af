import { describe, expect, it } from 'vitest';
import { useGalley } from '../support/galley';
import { bodyOf } from '../support/bodies';
import { citation, para } from '../unit/checks/source-fixtures';
import { PLAIN, fixture } from '../unit/images/fixtures';
import { figureJson, goodRights } from '../unit/images/helpers';

const newGalley = useGalley();

describe('Changes since I last looked', () => {
  it('shows a source that was retitled, re-pointed or put on the record, and an image whose credit changed, not only the text', async () => {
    const g = newGalley();
    const desk = g.as('dee', 'desk_chief', 'Dee Desk');
    const editor = g.as('ed', 'editor', 'Ed Editor');
    const report = await g.call('sources.create', { fields: { kind: 'document', title: 'Audit of the harbour works', url: 'https://audit.example.org/harbour' } });
    const secret = await g.call('sources.create', {
      fields: { kind: 'interview', title: 'Interview', interview: { name: 'Jane Doe', role: 'an official', contact: '', attribution: 'anonymous' } },
    });
    const added = await g.call('assets.add', { fileName: PLAIN, data: fixture(PLAIN).toString('base64') });
    await g.call('assets.updateRights', { id: added.asset.id, rights: goodRights() });
    const a = await g.call('articles.create', { meta: { headline: 'Harbour bridge', bylines: ['Wren'], section: 'City' } });
    await g.call('sources.attach', { articleId: a.id, sourceId: secret.id });
    await g.call('articles.save', {
      id: a.id,
      baseVersion: a.version,
      body: bodyOf(para('The works are ', citation([report.id], 'late'), '.'), figureJson({ assetId: added.asset.id, caption: 'Dawn.', alt: 'Boats' })),
    });
    await desk.call('changes.markSeen', { articleId: a.id });

    await editor.call('sources.update', { id: report.id, fields: { kind: 'document', title: 'SPONSORED: Buy Acme', url: 'https://acme.example/' } });
    await editor.call('sources.update', {
      id: secret.id,
      fields: { kind: 'interview', title: 'Interview', interview: { name: 'Jane Doe', role: 'an official', contact: '', attribution: 'on_the_record' } },
    });
    await editor.call('assets.updateRights', { id: added.asset.id, rights: goodRights({ creator: 'Acme', creditLine: 'Acme Corp' }) });

    const { diff } = await desk.call('changes.since', { articleId: a.id });
    expect(diff?.changed).toBe(true);
    const fields = (label: string) => diff?.sources.find((source) => source.label === label)?.fields.map((field) => field.label);
    // Attached first, then cited without being attached (the order of the Sources panel).
    expect(diff?.sources.map((source) => [source.label, source.status])).toEqual([
      ['Interview', 'changed'],
      ['SPONSORED: Buy Acme', 'changed'],
    ]);
    expect(fields('SPONSORED: Buy Acme')).toEqual(['Title', 'Address']);
    expect(fields('Interview')).toEqual(['Attribution']);
    expect(diff?.rights.map((image) => [image.status, image.fields.map((field) => field.label)])).toEqual([['changed', ['Credit line', 'Creator']]]);
  });
});

describe('Comparing two versions', () => {
  it('shows a source retitled between them, as each version kept it', async () => {
    const g = newGalley();
    const report = await g.call('sources.create', { fields: { kind: 'document', title: 'Audit of the harbour works', url: 'https://audit.example.org/harbour' } });
    const a = await g.call('articles.create', { meta: { headline: 'Harbour bridge', bylines: ['Wren'], section: 'City' } });
    await g.call('articles.save', { id: a.id, baseVersion: a.version, body: bodyOf(para('The works are ', citation([report.id], 'late'), '.')) });
    const before = await g.call('revisions.create', { articleId: a.id, name: 'Before' });
    await g.call('sources.update', { id: report.id, fields: { kind: 'document', title: 'SPONSORED: Buy Acme', url: 'https://audit.example.org/harbour' } });
    const after = await g.call('revisions.create', { articleId: a.id, name: 'After' });

    const diff = await g.call('changes.compareRevisions', { fromId: before.id, toId: after.id });
    expect(diff.body.every((block) => block.status === 'same')).toBe(true);
    expect(diff.sources.map((source) => [source.label, source.status, source.fields.map((field) => field.label)])).toEqual([['SPONSORED: Buy Acme', 'changed', ['Title']]]);
  });
});
