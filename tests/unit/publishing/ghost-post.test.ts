import { describe, expect, it } from 'vitest';
import { ghostPost } from '../../../electron/publishing/targets/ghost/post';
import { articleFixture } from '../../integration/support/articles';
import { schemaOrgErrors } from '../../support/standards';

const NOW = new Date('2026-11-22T12:00:00.000Z');

describe('an outgoing article as a Ghost post', () => {
  const { article } = articleFixture({ tag: 'unit' });
  const [harbour, market] = article.images as [(typeof article.images)[0], (typeof article.images)[0]];
  const images = { [harbour.assetId]: 'https://news.test/content/images/a.jpg', [market.assetId]: 'https://news.test/content/images/b.jpg' };

  it('puts the section first (the primary tag) and the internal marker tag last', () => {
    expect(ghostPost(article, images, NOW).tags).toEqual([{ name: 'Local News' }, { name: 'Harbour' }, { name: 'Budget' }, { name: `#galley-${article.key}` }]);
  });

  it('sends the feature image with its alt text and the caption with the credit', () => {
    const post = ghostPost(article, images, NOW);
    expect(post.feature_image).toBe('https://news.test/content/images/a.jpg');
    expect(post.feature_image_alt).toBe('A brass door knocker shaped like a lion');
    expect(post.feature_image_caption).toBe('The harbour master’s door. Photo: Jane Roe / Agency');
  });

  it('keeps the notes in an HTML card with their ids, and never names the confidential source', () => {
    const html = String(ghostPost(article, images, NOW).html);
    expect(html).toContain('<!--kg-card-begin: html-->\n<section class="footnotes" aria-label="Notes">\n<ol>\n<li id="fn-1">');
    expect(html).toContain('<sup><a href="#fn-2">2</a></sup>');
    expect(html).not.toContain('Quentin');
  });

  it('schedules a future publication and keeps the first publication time on updates', () => {
    expect(ghostPost({ ...article, publishAt: '2026-11-23T08:00:00Z' }, images, NOW)).toMatchObject({ status: 'scheduled', published_at: '2026-11-23T08:00:00.000Z' });
    expect(ghostPost({ ...article, firstPublishedAt: '2026-11-20T08:00:00Z' }, images, NOW)).toMatchObject({ status: 'published', published_at: '2026-11-20T08:00:00.000Z' });
  });

  it("clips a dek to Ghost's 300 characters at a word", () => {
    const dek = `${'word '.repeat(80)}end`;
    const excerpt = String(ghostPost({ ...article, meta: { ...article.meta, dek } }, images, NOW).custom_excerpt);
    expect([...excerpt].length).toBeLessThanOrEqual(300);
    expect(excerpt).toMatch(/word…$/);
  });

  it('carries the fact-checks in the head as ClaimReview, with the post’s address, once Ghost has given one', () => {
    const factChecks = { outletName: 'The Harbour Times', claims: [{ quote: 'Fees rise by four per cent.', status: 'verified' as const, checkedAt: '2026-11-21T10:00:00.000Z', sourceIds: [] }] };
    const checked = { ...article, factChecks };
    expect(ghostPost(checked, images, NOW).codeinjection_head).toBe(`<meta name="galley-revision" content="${article.revisionId}">`);
    const head = String(ghostPost(checked, images, NOW, 'https://news.test/harbour-budget/').codeinjection_head);
    const script = /<script type="application\/ld\+json">\n([\s\S]*)<\/script>$/.exec(head);
    const graph = JSON.parse(script![1]!) as { '@graph': Record<string, unknown>[] };
    expect(schemaOrgErrors(graph)).toEqual([]);
    expect(graph['@graph']).toEqual([
      expect.objectContaining({
        '@type': 'ClaimReview',
        url: 'https://news.test/harbour-budget/',
        claimReviewed: 'Fees rise by four per cent.',
        itemReviewed: { '@type': 'Claim', appearance: expect.objectContaining({ url: 'https://news.test/harbour-budget/' }) },
      }),
    ]);
    expect(ghostPost(article, images, NOW, 'https://news.test/harbour-budget/').codeinjection_head).not.toContain('ClaimReview');
  });
});
