import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { canonicalJson } from '../../../shared/content/canonical-json';
import { bindEditor, bodyFromDoc, CollabFormatError, metaFromDoc, openCollabDoc, seedDoc, writeMeta } from '../../../shared/collab';
import { COLLAB_FORMAT, COLLAB_LEXICAL_VERSION } from '../../../shared/contract/hub';
import { $firstTextOf, edit, LEDE, richBody, richMeta } from './fixtures';

const REPLAY = Symbol('replay');

/** A second machine's copy of `doc`, opened as a workstation opens one: bound, then replayed. */
function copyOf(doc: Y.Doc) {
  const copy = new Y.Doc();
  return { doc: copy, ...openCollabDoc(copy, [Y.encodeStateAsUpdate(doc)], REPLAY) };
}

/** Both ways, as a hub relays them once two machines reconnect. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, 'hub');
  Y.applyUpdate(a, toA, 'hub');
}

const textOf = (doc: Y.Doc): string[] => (bodyFromDoc(doc).editorState.root.children as Array<{ children?: Array<{ text?: string }> }>).map((block) => (block.children ?? []).map((c) => c.text ?? '').join(''));

/** The blocks' texts as read by a binding made here, independently of openCollabDoc's order. */
function blocksReadBack(doc: Y.Doc): string[] {
  const reader = new Y.Doc();
  const bound = bindEditor(reader);
  Y.applyUpdate(reader, Y.encodeStateAsUpdate(doc));
  bound.flush();
  return bound.editor.getEditorState().read(() => $getRoot().getChildren().map((block) => block.getTextContent()));
}

describe('an article as a shared Yjs document', () => {
  it('keeps a rich body, headline and metadata exactly: body → doc → body is canonically equal', () => {
    const doc = new Y.Doc();
    seedDoc(doc, richBody(), richMeta());
    expect(canonicalJson(bodyFromDoc(doc))).toBe(canonicalJson(richBody()));
    expect(metaFromDoc(doc)).toEqual(richMeta());
    expect(doc.getMap('meta').toJSON()).toEqual({ format: COLLAB_FORMAT, lexicalVersion: COLLAB_LEXICAL_VERSION });

    // And on another machine that only received the bytes.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(canonicalJson(bodyFromDoc(other))).toBe(canonicalJson(richBody()));
  });

  it('merges two machines editing the same paragraph concurrently, keeping every character of both', () => {
    const seeded = new Y.Doc();
    seedDoc(seeded, richBody(), richMeta());
    const a = copyOf(seeded);
    const b = copyOf(seeded);

    // A inserts a word; B rewrites another word of the same sentence.
    edit(a.editor, () => $firstTextOf(0).spliceText(LEDE.indexOf('voted'), 0, 'narrowly ', false));
    edit(b.editor, () => {
      const at = LEDE.indexOf('close');
      $firstTextOf(0).spliceText(at, 'close'.length, 'shut', false);
    });
    exchange(a.doc, b.doc);

    const expected = 'The harbour board narrowly voted on Tuesday to shut the north quay.';
    expect(textOf(a.doc)[0]).toBe(expected);
    expect(canonicalJson(bodyFromDoc(a.doc))).toBe(canonicalJson(bodyFromDoc(b.doc)));
    // The live editors converge too, not only the documents.
    a.flush();
    b.flush();
    expect(a.editor.getEditorState().read(() => $getRoot().getTextContent())).toBe(b.editor.getEditorState().read(() => $getRoot().getTextContent()));
  });

  it('merges the headline by character and the other fields by last writer', () => {
    const seeded = new Y.Doc();
    seedDoc(seeded, richBody(), richMeta());
    const a = copyOf(seeded);
    const b = copyOf(seeded);
    writeMeta(a.doc, { ...richMeta(), headline: 'Harbour board votes to close the north quay', section: 'News' });
    writeMeta(b.doc, { ...richMeta(), headline: 'Harbour board closes the north quay for good', tags: ['harbour'] });
    exchange(a.doc, b.doc);
    const merged = metaFromDoc(a.doc);
    expect(metaFromDoc(b.doc)).toEqual(merged);
    expect(merged.headline).toBe('Harbour board votes to close the north quay for good');
    expect(merged.section).toBe('News');
    expect(merged.tags).toEqual(['harbour']);
  });

  it('keeps the lede when a workstation reopens its stored updates and types on (binding first, then replay)', () => {
    const seeded = new Y.Doc();
    seedDoc(seeded, richBody(), richMeta());
    const stored = [Y.encodeStateAsUpdate(seeded)];

    // Reopen from the stored updates, as after a restart, and add a paragraph at the end.
    const doc = new Y.Doc();
    const reopened = openCollabDoc(doc, stored, REPLAY);
    edit(reopened.editor, () => $getRoot().append($createParagraphNode().append($createTextNode('Added after the restart.'))));

    const texts = blocksReadBack(doc);
    expect(texts[0]).toBe(LEDE);
    expect(texts.at(-1)).toBe('Added after the restart.');
    expect(texts).toHaveLength(richBody().editorState.root.children.length + 1);
  });

  it('sends a local edit made right after a remote change (the two are not committed together)', () => {
    const seeded = new Y.Doc();
    seedDoc(seeded, richBody());
    const a = copyOf(seeded);
    const b = copyOf(seeded);
    edit(b.editor, () => $firstTextOf(0).spliceText(0, 0, 'Late news: ', false));
    exchange(a.doc, b.doc);
    // The very next keystroke on A, with B's change just received.
    edit(a.editor, () => $firstTextOf(0).spliceText(LEDE.length + 'Late news: '.length, 0, ' Really.', false));
    exchange(a.doc, b.doc);
    expect(blocksReadBack(b.doc)[0]).toBe(`Late news: ${LEDE} Really.`);
  });

  it('refuses to read a change holding a node it does not know, without throwing into whoever applied it', () => {
    const seeded = new Y.Doc();
    seedDoc(seeded, richBody());
    const a = copyOf(seeded);
    const peer = copyOf(seeded);
    const stranger = new Y.XmlText();
    peer.doc.get('root', Y.XmlText).insertEmbed(0, stranger);
    stranger.setAttribute('__type', 'no-such-node');
    expect(() => Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(peer.doc, Y.encodeStateVector(a.doc)), 'hub')).not.toThrow();
    expect(a.failure()?.message).toMatch(/no-such-node/);
    expect(() => bodyFromDoc(a.doc)).toThrow(/holds something this Galley cannot read \(.*no-such-node.*\)/);
    expect(() => openCollabDoc(new Y.Doc(), [Y.encodeStateAsUpdate(a.doc)], REPLAY)).toThrow(CollabFormatError);
  });

  it('seeds only an empty document, and refuses a document of another layout with a clear error', () => {
    const doc = new Y.Doc();
    seedDoc(doc, richBody());
    expect(() => seedDoc(doc, richBody())).toThrow(CollabFormatError);
    expect(textOf(doc)[0]).toBe(LEDE);

    const v2 = new Y.Doc();
    v2.getMap('meta').set('format', 'lexical-yjs-v2');
    v2.getXmlElement('root-v2').insert(0, [new Y.XmlElement('paragraph')]);
    expect(() => bodyFromDoc(v2)).toThrow(/layout "lexical-yjs-v2"; this Galley reads lexical-yjs-v1/);
    expect(() => openCollabDoc(new Y.Doc(), [Y.encodeStateAsUpdate(v2)], REPLAY)).toThrow(CollabFormatError);

    // Metadata from another machine is checked as any input is.
    const bad = new Y.Doc();
    seedDoc(bad, richBody(), richMeta());
    bad.getMap('fields').set('slug', 'Not A Slug');
    expect(() => metaFromDoc(bad)).toThrow(/slug is not valid: a slug is lowercase/);

    const unstamped = new Y.Doc();
    unstamped.getText('headline').insert(0, 'Headline');
    expect(() => bodyFromDoc(unstamped)).toThrow(/no layout stamp/);
  });
});
