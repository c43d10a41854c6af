import { describe, expect, it } from 'vitest';
import { useGalley } from '../support/galley';
import { ninjsErrors, schemaOrgErrors } from '../support/standards';
import { bodyOfParagraphs } from '../support/bodies';

const newGalley = useGalley();

describe('a byline’s author page', () => {
  it('is kept with the article and goes out as the NewsArticle author’s url and a ninjs person with a web contact (both valid)', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', { meta: { headline: 'Harbour bridge', bylines: ['Wren Writer', 'Ed Editor'] } });
    const saved = await g.call('articles.save', {
      id: a.id,
      baseVersion: a.version,
      meta: { ...a.meta, bylineUrls: { 'Wren Writer': 'https://news.example/staff/wren' } },
      body: bodyOfParagraphs('The council voted.'),
    });
    const article = await g.call('articles.get', { id: a.id });
    expect(saved.version).toBe(article.version);
    expect(article.meta.bylineUrls).toEqual({ 'Wren Writer': 'https://news.example/staff/wren' });

    const jsonld = JSON.parse((await g.call('articles.export', { id: a.id, format: 'jsonld' })).content) as Record<string, unknown>;
    expect(schemaOrgErrors(jsonld)).toEqual([]);
    expect(jsonld.author).toEqual([
      { '@type': 'Person', name: 'Wren Writer', url: 'https://news.example/staff/wren' },
      { '@type': 'Person', name: 'Ed Editor' },
    ]);

    const ninjs = JSON.parse((await g.call('articles.export', { id: a.id, format: 'ninjs' })).content) as Record<string, unknown>;
    expect(ninjsErrors(ninjs)).toEqual([]);
    expect(ninjs.by).toBe('Wren Writer, Ed Editor');
    expect(ninjs.people).toEqual([
      { name: 'Wren Writer', rel: 'author', contactinfo: [{ type: 'web', name: 'Author page', value: 'https://news.example/staff/wren' }] },
      { name: 'Ed Editor', rel: 'author' },
    ]);
  });

  it('is dropped with its byline, and refused with a clear message when it is not a web address', async () => {
    const g = newGalley();
    const a = await g.call('articles.create', { meta: { headline: 'Harbour bridge', bylines: ['Wren Writer'], bylineUrls: { 'Wren Writer': 'https://news.example/staff/wren' } } });
    expect((await g.call('articles.get', { id: a.id })).meta.bylineUrls).toEqual({ 'Wren Writer': 'https://news.example/staff/wren' });
    for (const url of ['javascript:alert(1)', 'news.example/staff/wren', 'mailto:wren@news.example']) {
      expect(await g.raw('articles.save', { id: a.id, baseVersion: a.version, meta: { ...a.meta, bylineUrls: { 'Wren Writer': url } } })).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT', message: expect.stringContaining('https://') },
      });
    }
    const renamed = await g.call('articles.save', { id: a.id, baseVersion: a.version, meta: { ...a.meta, bylines: ['Wren Writer-Jones'] } });
    expect(renamed.version).toBe(a.version + 1);
    const article = await g.call('articles.get', { id: a.id });
    expect(article.meta.bylines).toEqual(['Wren Writer-Jones']);
    expect(article.meta).not.toHaveProperty('bylineUrls');
  });
});
