import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useGalley, type TestGalley } from '../../support/galley';
import { linkToHub } from '../../../electron/newsroom/replica/hub-link';
import { openReplica, type Replica } from '../../../electron/newsroom/replica/replica';
import { seedDoc, writeMeta } from '../../../shared/collab';
import { articleDocumentName } from '../../../shared/contract/hub';
import { $firstTextOf, edit, LEDE, ledeOnlyBody, richMeta } from '../../unit/collab/fixtures';
import { TEST_RETRY, waitFor } from './support/workstation';

/**
 * A shared article's text written back to its row while it is open (registered with the
 * workstation's hub links, as the live relay does): search, checks, exports and the list
 * read the row. Real SQLite; the link points at an address where no hub answers (offline),
 * which write-back does not need.
 */
const newGalley = useGalley();
const closing: Array<() => void> = [];
afterEach(() => {
  for (const close of closing.splice(0).reverse()) close();
});

const count = (g: TestGalley, table: string) => g.galley.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** An article of this workstation, open as a shared article: its replica seeded with it and registered. */
function openShared(g: TestGalley): { articleId: string; replica: Replica; unregister: () => void } {
  const article = g.galley.services.articles.create(g.session, richMeta(), ledeOnlyBody());
  const replica = openReplica(g.galley.db, articleDocumentName(article.id));
  seedDoc(replica.doc, ledeOnlyBody(), richMeta());
  const link = linkToHub(replica, { hub: 'http://127.0.0.1:9', token: 'none', retry: TEST_RETRY });
  const unregister = g.galley.hubLinks.register(article.id, { replica, link });
  closing.push(() => {
    unregister();
    link.close();
    replica.close();
  });
  return { articleId: article.id, replica, unregister };
}
const type = (replica: Replica, text: string): void => {
  for (let i = 0; i < text.length; i += 1) edit(replica.editor, () => $firstTextOf(0).spliceText(i, 0, text[i]!, false));
};

describe('writing a shared article’s text back to its row', () => {
  it('writes body and metadata a moment after typing, once, with no revision or audit entry per keystroke; search finds it', async () => {
    const g = newGalley();
    const { articleId, replica } = openShared(g);
    const before = { version: g.galley.services.articles.get(articleId).version, revisions: count(g, 'revisions'), audit: count(g, 'audit_log') };

    type(replica, 'Quayside: ');
    writeMeta(replica.doc, { ...richMeta(), headline: 'Harbour board shuts the north quay' });
    await waitFor('the row to have the shared text', () => JSON.stringify(g.galley.services.articles.get(articleId).body).includes(`Quayside: ${LEDE}`));
    await waitFor('the row to have the shared headline', () => g.galley.services.articles.get(articleId).meta.headline === 'Harbour board shuts the north quay');

    const after = g.galley.services.articles.get(articleId);
    // Eleven changes, not eleven writes.
    expect(after.version - before.version).toBeLessThanOrEqual(2);
    expect(count(g, 'revisions')).toBe(before.revisions);
    expect(count(g, 'audit_log')).toBe(before.audit);
    const found = await g.call('articles.list', { query: 'Quayside', offset: 0, limit: 10 });
    expect(found.items.map((item) => item.id)).toEqual([articleId]);
  });

  it('writes what is pending when the article is closed, without waiting', () => {
    const g = newGalley();
    const { articleId, replica, unregister } = openShared(g);
    type(replica, 'Late: ');
    unregister();
    expect(JSON.stringify(g.galley.services.articles.get(articleId).body)).toContain(`Late: ${LEDE}`);
  });

  it('never overwrites the row while the replica cannot read its text, and says so', () => {
    const logged: string[] = [];
    const g = newGalley(undefined, { log: (message) => logged.push(message) });
    const { articleId, replica, unregister } = openShared(g);
    type(replica, 'Good: ');
    unregister();
    const good = g.galley.services.articles.get(articleId);

    const again = openReplica(g.galley.db, articleDocumentName(articleId));
    closing.push(() => again.close());
    const link = linkToHub(again, { hub: 'http://127.0.0.1:9', token: 'none', retry: TEST_RETRY });
    closing.push(() => link.close());
    const stop = g.galley.hubLinks.register(articleId, { replica: again, link });
    type(again, 'Lost? ');
    // A peer's change holding a node this Galley does not know: the replica stops following.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(again.doc));
    const stranger = new Y.XmlText();
    peer.get('root', Y.XmlText).insertEmbed(0, stranger);
    stranger.setAttribute('__type', 'no-such-node');
    Y.applyUpdate(again.doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(again.doc)), link);
    expect(again.failure()).not.toBeNull();
    stop();

    const kept = g.galley.services.articles.get(articleId);
    expect(kept.version).toBe(good.version);
    expect(JSON.stringify(kept.body)).toBe(JSON.stringify(good.body));
    expect(logged.some((line) => line.includes('not written back'))).toBe(true);
  });
});
