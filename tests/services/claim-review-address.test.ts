import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { useGalley } from '../support/galley';
import { useTempDirs } from '../support/temp-dir';
import { bodyOf, markNode, paragraphOf } from '../support/bodies';
import { GOOD_META, newsroom, step } from '../support/publishing';
import { startReceiver } from '../support/webhook-receiver';
import { schemaOrgErrors } from '../support/standards';
import { encryptedFileStore } from '../../electron/publishing/credentials/encrypted-file';
import { NO_REVIEW_URL_NOTE } from '../../electron/articles/transfer';

const newGalley = useGalley();
const tempDir = useTempDirs();
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const QUOTE = 'The bridge will cost 40 million.';

describe('ClaimReview in the export names where the article is published', () => {
  it('has no url before publication and says why; after publication to the web it carries the article’s address and date', async () => {
    const receiver = await startReceiver('whsec-claims');
    closers.push(receiver.close);
    const dataDir = tempDir();
    const g = newGalley(dataDir, { publishing: { secrets: encryptedFileStore(dataDir, { GALLEY_SECRET_KEY: 'test passphrase' }), random: () => 0.5 } });
    const n = newsroom(g);
    await g.admin.call('publishing.targets.add', { name: 'Wire', config: { kind: 'webhook', settings: { url: receiver.url } }, secrets: { signingSecret: 'whsec-claims' } });
    await g.admin.call('settings.set', { key: 'factChecks', value: { publishClaimReview: true, outletName: 'The Harbour Times' } });
    const claim = randomUUID();
    const a = await n.writer.call('articles.create', { meta: GOOD_META });
    await n.writer.call('articles.save', { id: a.id, baseVersion: a.version, body: bodyOf(paragraphOf(markNode([`claim:${claim}`], QUOTE))) });
    await step(n.writer, { articleId: a.id, action: 'submit' });
    await step(n.editor, { articleId: a.id, action: 'take' });
    await n.editor.call('review.addClaim', { articleId: a.id, id: claim, quote: QUOTE });
    await n.editor.call('review.recordVerdict', { claimId: claim, status: 'verified', note: '' });

    const exported = () => g.call('articles.export', { id: a.id, format: 'jsonld' });
    const review = async () => {
      const file = await exported();
      const graph = (JSON.parse(file.content) as { '@graph': Record<string, unknown>[] })['@graph'];
      expect(schemaOrgErrors(JSON.parse(file.content))).toEqual([]);
      return { note: file.note, review: graph.find((node) => node['@type'] === 'ClaimReview')! };
    };

    const before = await review();
    expect(before.review.url).toBeUndefined();
    expect(before.note).toBe(NO_REVIEW_URL_NOTE);
    // Other formats carry no ClaimReview, so they have nothing to say about its address.
    expect((await g.call('articles.export', { id: a.id, format: 'html' })).note).toBeUndefined();

    await step(n.editor, { articleId: a.id, action: 'pass' });
    await step(n.desk, { articleId: a.id, action: 'approve' });
    await step(n.desk, { articleId: a.id, action: 'publish' });
    await g.galley.services.publishing.drain();

    const after = await review();
    expect(after.note).toBeUndefined();
    // The folder target's page is a file: address; the web copy the receiver reported is the one named.
    expect(after.review).toMatchObject({
      url: 'https://news.example/harbour-bridge',
      itemReviewed: { '@type': 'Claim', appearance: { '@type': 'NewsArticle', url: 'https://news.example/harbour-bridge', datePublished: expect.any(String) } },
    });
  });
});
