import { describe, expect, it } from 'vitest';
import { bodyOf, paragraphOf } from '../support/bodies';
import { useGalley } from '../support/galley';

const openGalley = useGalley();
const note = (noteId: string, text: string) => ({ type: 'footnote', version: 1, noteId: `0f8d7c6b-5a49-4382-9170-6e5d4c3b2a1${noteId.slice(-1)}`, text, sourceIds: [] });

describe('article search over footnote notes', () => {
  it('finds an article by a word only its note holds, and the snippet says it matched in a note', () => {
    const g = openGalley();
    const articles = g.galley.services.articles;
    const session = g.galley.localSession();
    const created = articles.create(session, { headline: 'Harbour budget' }, bodyOf(paragraphOf('The council met.', note('n1', 'Minutes of the ferry committee, 3 March'))));
    articles.create(session, { headline: 'Elsewhere' }, bodyOf(paragraphOf('Nothing about boats.')));

    const found = articles.list('committee', 0, 10);
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({ id: created.id, snippet: 'Minutes of the ferry committee, 3 March', snippetIn: 'note' });

    // A word of the text itself is shown from the text, with nothing said about notes.
    const inText = articles.list('council', 0, 10).items[0];
    expect(inText?.snippet).toBe('The council met');
    expect(inText?.snippetIn).toBeUndefined();
  });

  it('follows the note as it is edited: the old word is no longer found, the new one is', () => {
    const g = openGalley();
    const articles = g.galley.services.articles;
    const session = g.galley.localSession();
    const created = articles.create(session, {}, bodyOf(paragraphOf('Text.', note('n1', 'Interview with the harbourmaster'))));
    articles.save(session, { id: created.id, baseVersion: created.version, body: bodyOf(paragraphOf('Text.', note('n1', 'Interview with the pilot'))) });
    expect(articles.list('harbourmaster', 0, 10).total).toBe(0);
    expect(articles.list('pilot', 0, 10).items.map((item) => item.id)).toEqual([created.id]);
  });
});
