import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { useGalley } from '../support/galley';
import { bodyOf, markNode, paragraphOf } from '../support/bodies';
import { schemaOrgErrors } from '../support/standards';

const newGalley = useGalley();
const QUOTE = 'The bridge will cost 40 million.';

async function checkedClaim() {
  const g = newGalley();
  const editor = g.as('ed', 'editor', 'Ed Editor');
  const claimId = randomUUID();
  const a = await g.call('articles.create', { meta: { headline: 'Bridge costs', bylines: ['Wren'], section: 'City' } });
  await g.call('articles.save', { id: a.id, baseVersion: 0, body: bodyOf(paragraphOf(markNode([`claim:${claimId}`], QUOTE))) });
  await editor.call('review.addClaim', { articleId: a.id, id: claimId, quote: QUOTE });
  await editor.call('review.recordVerdict', { claimId, status: 'disputed', note: 'The budget says 38 million.' });
  await g.admin.call('settings.set', { key: 'factChecks', value: { publishClaimReview: true, outletName: 'The Harbour Times' } });
  const review = async () => {
    const jsonld = JSON.parse((await g.call('articles.export', { id: a.id, format: 'jsonld' })).content) as { '@graph': Record<string, unknown>[] };
    expect(schemaOrgErrors(jsonld)).toEqual([]);
    return jsonld['@graph'].find((node) => node['@type'] === 'ClaimReview')!;
  };
  return { g, editor, a, claimId, review };
}

describe('who made a claim', () => {
  it('is recorded by an editor, kept, and goes out as the reviewed Claim’s author (valid schema.org)', async () => {
    const { g, editor, a, claimId, review } = await checkedClaim();
    expect((await g.call('review.get', { articleId: a.id })).claims[0]!.author).toBeNull();
    expect(((await review()).itemReviewed as Record<string, unknown>).author).toBeUndefined();

    const saved = await editor.call('review.setClaimAuthor', { claimId, author: { kind: 'organization', name: ' Harbour Authority ', url: 'https://harbour.example/about' } });
    expect(saved.author).toEqual({ kind: 'organization', name: 'Harbour Authority', url: 'https://harbour.example/about' });
    expect((await g.call('review.get', { articleId: a.id })).claims[0]!.author).toEqual(saved.author);
    expect((await review()).itemReviewed).toEqual({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'Harbour Authority', url: 'https://harbour.example/about' },
      appearance: { '@type': 'NewsArticle', headline: 'Bridge costs' },
    });

    await editor.call('review.setClaimAuthor', { claimId, author: { kind: 'person', name: 'Jane Roe', url: '' } });
    expect(((await review()).itemReviewed as Record<string, unknown>).author).toEqual({ '@type': 'Person', name: 'Jane Roe' });

    await editor.call('review.setClaimAuthor', { claimId, author: null });
    expect(((await review()).itemReviewed as Record<string, unknown>).author).toBeUndefined();
  });

  it('is refused by the service to a writer, and refused with a clear message when the name is empty or the page is not a web address', async () => {
    const { g, editor, a, claimId } = await checkedClaim();
    expect(await g.raw('review.setClaimAuthor', { claimId, author: { kind: 'person', name: 'Jane Roe', url: '' } })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await editor.raw('review.setClaimAuthor', { claimId, author: { kind: 'person', name: '  ', url: '' } })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('name who made the claim') },
    });
    for (const url of ['javascript:alert(1)', 'mailto:jane@x.example', 'harbour.example']) {
      expect(await editor.raw('review.setClaimAuthor', { claimId, author: { kind: 'person', name: 'Jane Roe', url } })).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT', message: expect.stringContaining('https://') },
      });
    }
    expect((await g.call('review.get', { articleId: a.id })).claims[0]!.author).toBeNull();
  });
});
