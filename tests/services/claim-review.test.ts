import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { useGalley } from '../support/galley';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyOf, markNode, paragraphOf } from '../support/bodies';
import { GOOD_META, newsroom, step } from '../support/publishing';
import { schemaOrgErrors } from '../support/standards';

const newGalley = useGalley();

describe('ClaimReview in the JSON-LD export', () => {
  it('appears only when the outlet enables it, only for claims with a verdict, and never names a confidential source', async () => {
    const g = newGalley();
    const editor = g.as('ed', 'editor', 'Ed Editor');
    const secret = await g.call('sources.create', {
      fields: { kind: 'interview', title: 'Interview with Jane Doe', interview: { name: 'Jane Doe', role: 'an official', contact: 'jane@x.example', attribution: 'anonymous' } },
    });
    const checked = randomUUID();
    const open = randomUUID();
    const a = await g.call('articles.create', { meta: { headline: 'Bridge costs', bylines: ['Wren'], section: 'City' } });
    await g.call('articles.save', {
      id: a.id,
      baseVersion: 0,
      body: bodyOf(paragraphOf(markNode([`claim:${checked}`], 'The bridge will cost 40 million.'), ' ', markNode([`claim:${open}`], 'Work starts in May.'))),
    });
    await editor.call('review.addClaim', { articleId: a.id, id: checked, quote: 'The bridge will cost 40 million.' });
    await editor.call('review.addClaim', { articleId: a.id, id: open, quote: 'Work starts in May.' });
    await editor.call('review.setClaimSources', { claimId: checked, sourceIds: [secret.id] });
    await editor.call('review.recordVerdict', { claimId: checked, status: 'false', note: 'Jane Doe says 38 million.' });

    const exported = async () => JSON.parse((await g.call('articles.export', { id: a.id, format: 'jsonld' })).content) as Record<string, unknown>;
    const before = await exported();
    expect(before['@type']).toBe('NewsArticle');
    expect(JSON.stringify(before)).not.toContain('ClaimReview');

    expect(await editor.raw('settings.set', { key: 'factChecks', value: { publishClaimReview: true, outletName: 'The Harbour Times' } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await g.admin.call('settings.set', { key: 'factChecks', value: { publishClaimReview: true, outletName: 'The Harbour Times' } });
    expect(await editor.call('settings.get', { key: 'factChecks' })).toEqual({ key: 'factChecks', value: { publishClaimReview: true, outletName: 'The Harbour Times' } });

    const after = await exported();
    expect(schemaOrgErrors(after)).toEqual([]);
    const graph = after['@graph'] as Record<string, unknown>[];
    expect(after['@context']).toBe('https://schema.org');
    expect(graph.map((node) => node['@type'])).toEqual(['NewsArticle', 'ClaimReview']);
    expect(graph[1]).toEqual({
      '@type': 'ClaimReview',
      claimReviewed: 'The bridge will cost 40 million.',
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, worstRating: 1, bestRating: 5 },
      itemReviewed: { '@type': 'Claim', appearance: { '@type': 'NewsArticle', headline: 'Bridge costs' } },
      author: { '@type': 'Organization', name: 'The Harbour Times' },
    });
    const text = JSON.stringify(after);
    expect(text).not.toContain('Jane Doe');
    expect(text).not.toContain(checked);
  });

  it('goes out with the published page and its .jsonld, with the page’s address as the review’s url, valid schema.org', async () => {
    const g = newGalley();
    const n = newsroom(g);
    await g.admin.call('settings.set', { key: 'factChecks', value: { publishClaimReview: true, outletName: 'The Harbour Times' } });
    const claim = randomUUID();
    const a = await n.writer.call('articles.create', { meta: GOOD_META });
    await n.writer.call('articles.save', { id: a.id, baseVersion: a.version, body: bodyOf(paragraphOf(markNode([`claim:${claim}`], 'The bridge will cost 40 million.'))) });
    await step(n.writer, { articleId: a.id, action: 'submit' });
    await step(n.editor, { articleId: a.id, action: 'take' });
    await n.editor.call('review.addClaim', { articleId: a.id, id: claim, quote: 'The bridge will cost 40 million.' });
    await n.editor.call('review.recordVerdict', { claimId: claim, status: 'verified', note: '' });
    await step(n.editor, { articleId: a.id, action: 'pass' });
    await step(n.desk, { articleId: a.id, action: 'approve' });
    await step(n.desk, { articleId: a.id, action: 'publish' });
    await g.galley.services.publishing.drain();

    const folder = join(g.dataDir, 'published');
    const jsonLd = JSON.parse(readFileSync(join(folder, 'harbour-bridge.jsonld'), 'utf8')) as { '@graph': Record<string, unknown>[] };
    const page = readFileSync(join(folder, 'harbour-bridge.html'), 'utf8');
    const inPage = JSON.parse(/<script type="application\/ld\+json">\n([\s\S]*?)<\/script>/.exec(page)![1]!) as unknown;
    expect(inPage).toEqual(jsonLd);
    expect(schemaOrgErrors(jsonLd)).toEqual([]);
    expect(jsonLd['@graph'].map((node) => node['@type'])).toEqual(['NewsArticle', 'ClaimReview']);
    expect(jsonLd['@graph'][1]).toMatchObject({
      url: 'harbour-bridge.html',
      claimReviewed: 'The bridge will cost 40 million.',
      reviewRating: { alternateName: 'Verified', ratingValue: 5 },
      itemReviewed: { '@type': 'Claim', appearance: { '@type': 'NewsArticle', headline: GOOD_META.headline, url: 'harbour-bridge.html', datePublished: expect.any(String) } },
      author: { '@type': 'Organization', name: 'The Harbour Times' },
    });
  });
});

describe('a claim follows its words', () => {
  const FALSE = 'The bridge will cost 40 million.';
  const CORRECTED = 'The bridge will cost 38 million.';

  async function corrected() {
    const g = newGalley();
    const editor = g.as('ed', 'editor', 'Ed Editor');
    const desk = g.as('dee', 'desk_chief', 'Dee Desk');
    const claimId = randomUUID();
    const a = await g.call('articles.create', { meta: { headline: 'Bridge costs', bylines: ['Wren'], section: 'City' } });
    const first = await g.call('articles.save', { id: a.id, baseVersion: 0, body: bodyOf(paragraphOf(markNode([`claim:${claimId}`], FALSE), ' Work starts in May.')) });
    await editor.call('review.addClaim', { articleId: a.id, id: claimId, quote: FALSE });
    await editor.call('review.recordVerdict', { claimId, status: 'false', note: 'The budget says 38 million.' });
    await g.admin.call('settings.set', { key: 'factChecks', value: { publishClaimReview: true, outletName: 'The Harbour Times' } });
    // The sentence is corrected inside the claim's mark.
    await g.call('articles.save', { id: a.id, baseVersion: first.version, body: bodyOf(paragraphOf(markNode([`claim:${claimId}`], CORRECTED), ' Work starts in May.')) });
    const reviews = async () => {
      const jsonld = JSON.parse((await g.call('articles.export', { id: a.id, format: 'jsonld' })).content) as { '@graph'?: Record<string, unknown>[] };
      return (jsonld['@graph'] ?? []).filter((node) => node['@type'] === 'ClaimReview');
    };
    return { g, editor, desk, a, claimId, reviews };
  }

  it('quotes the claim as it now reads, marks the old verdict out of date, blocks on it and publishes no review of it', async () => {
    const { g, a, claimId, reviews } = await corrected();
    const claim = (await g.call('review.get', { articleId: a.id })).claims[0]!;
    expect(claim).toMatchObject({ id: claimId, quote: CORRECTED, status: 'false', outdated: true, detached: false });
    const { findings } = await g.call('checks.run', { articleId: a.id });
    expect(findings.filter((f) => f.code.startsWith('CLAIM_'))).toEqual([
      expect.objectContaining({ code: 'CLAIM_VERDICT_OUTDATED', severity: 'block', message: expect.stringContaining(CORRECTED) }),
    ]);
    expect(await reviews()).toEqual([]);
  });

  it('after a new verdict, publishes the review of the words now in the text, never of the removed ones', async () => {
    const { g, desk, a, claimId, reviews } = await corrected();
    const verified = await desk.call('review.recordVerdict', { claimId, status: 'verified', note: '' });
    expect(verified).toMatchObject({ quote: CORRECTED, status: 'verified', outdated: false });
    expect(verified.history.map((check) => check.quote)).toEqual([FALSE, CORRECTED]);
    expect((await g.call('checks.run', { articleId: a.id })).findings.filter((f) => f.code.startsWith('CLAIM_'))).toEqual([]);
    const published = await reviews();
    expect(published).toEqual([expect.objectContaining({ claimReviewed: CORRECTED, reviewRating: expect.objectContaining({ alternateName: 'Verified' }) })]);
    expect(JSON.stringify(published)).not.toContain('40 million');
  });

  it('publishes no review of a claim whose words were deleted', async () => {
    const { g, desk, a, claimId, reviews } = await corrected();
    await desk.call('review.recordVerdict', { claimId, status: 'verified', note: '' });
    const current = await g.call('articles.get', { id: a.id });
    await g.call('articles.save', { id: a.id, baseVersion: current.version, body: bodyOf(paragraphOf('Work starts in May.')) });
    expect(await reviews()).toEqual([]);
    expect((await g.call('review.get', { articleId: a.id })).claims[0]).toMatchObject({ detached: true, quote: CORRECTED });
  });
});
