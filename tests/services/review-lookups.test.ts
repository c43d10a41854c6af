import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { useGalley } from '../support/galley';
import { bodyOf, markNode, paragraphOf } from '../support/bodies';
import { reviewRepository, type ReviewLookups } from '../../electron/review/repository';
import { userRepository } from '../../electron/auth/user-repository';
import { sourceRepository } from '../../electron/sources/repository';
import { articleStore } from '../../electron/articles/store';

const newGalley = useGalley();

/** The owners' real ports over the same database, with every call written down. */
function countedLookups(db: Parameters<typeof userRepository>[0]) {
  const users = userRepository(db);
  const sources = sourceRepository(db, articleStore(db).rows);
  const calls: string[] = [];
  const lookups: ReviewLookups = {
    namesOf: (ids) => (calls.push('namesOf'), users.namesOf(ids)),
    sourceSeqsOf: (ids) => (calls.push('sourceSeqsOf'), sources.seqsOf(ids)),
    sourceIdsOf: (seqs) => (calls.push('sourceIdsOf'), sources.idsOf(seqs)),
  };
  return { lookups, calls };
}

describe("the review's lists read other features' tables through their ports", () => {
  it('asks for the names of a whole list of comments and replies, and the ids of its claim sources, once each', async () => {
    const g = newGalley();
    const editor = g.as('ed', 'editor', 'Ed Editor');
    const desk = g.as('dee', 'desk_chief', 'Dee Desk');
    const text = ['One. ', 'Two. ', 'Three.'];
    const [c1, c2, k1] = [randomUUID(), randomUUID(), randomUUID()];
    const a = await g.call('articles.create', { meta: { headline: 'Ports', bylines: ['Wren Writer'], section: 'City' } });
    await g.call('articles.save', {
      id: a.id,
      baseVersion: 0,
      body: bodyOf(paragraphOf(markNode([`comment:${c1}`], text[0]!), markNode([`comment:${c2}`], text[1]!), markNode([`claim:${k1}`], text[2]!))),
    });
    await g.call('review.addComment', { articleId: a.id, id: c1, quote: text[0]!, text: 'First?' });
    await editor.call('review.addComment', { articleId: a.id, id: c2, quote: text[1]!, text: 'Second?' });
    await desk.call('review.reply', { commentId: c1, text: 'A reply.' });
    await editor.call('review.resolve', { commentId: c2, resolved: true });
    await editor.call('review.addClaim', { articleId: a.id, id: k1, quote: text[2]! });
    await desk.call('review.recordVerdict', { claimId: k1, status: 'verified', note: 'Seen.' });
    const s1 = await editor.call('sources.create', { fields: { kind: 'document', title: 'Budget', url: 'https://city.example/b' } });
    const s2 = await editor.call('sources.create', { fields: { kind: 'document', title: 'Minutes', url: 'https://city.example/m' } });
    await editor.call('review.setClaimSources', { claimId: k1, sourceIds: [s2.id, s1.id] });

    const { lookups, calls } = countedLookups(g.galley.db);
    const repo = reviewRepository(g.galley.db, lookups);
    const seq = articleStore(g.galley.db).requireHead(a.id).seq;

    const comments = repo.commentsOf(seq);
    expect(calls).toEqual(['namesOf']);
    expect(comments.map(({ comment, replies }) => [comment.author.name, comment.resolved?.by.name ?? null, replies.map((r) => r.author.name)])).toEqual([
      ['Wren Writer', null, ['Dee Desk']],
      ['Ed Editor', 'Ed Editor', []],
    ]);

    calls.length = 0;
    const claims = repo.claimsOf(seq);
    expect(calls.sort()).toEqual(['namesOf', 'sourceIdsOf']);
    expect(claims.map(({ claim, history, sourceIds }) => [claim.createdBy.name, history.map((h) => h.by.name), sourceIds])).toEqual([
      ['Ed Editor', ['Dee Desk'], [s2.id, s1.id]],
    ]);

    calls.length = 0;
    expect(repo.setSources(claims[0]!.claim.seq, [s1.id, randomUUID(), s2.id])).toBe(2);
    expect(calls).toEqual(['sourceSeqsOf']);
  });
});
