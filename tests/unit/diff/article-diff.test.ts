import { describe, expect, it } from 'vitest';
import { diffArticles, type ArticleState } from '../../../shared/diff/article-diff';
import { emptyMeta } from '../../../shared/domain/article';
import { bodyOf, heading, paragraph, textNode } from '../../support/bodies';
import { citation, para } from '../checks/source-fixtures';

const state = (blocks: unknown[], meta: Partial<ArticleState['meta']> = {}, rights?: ArticleState['rights']): ArticleState => ({
  meta: { ...emptyMeta(), headline: 'Port reopens', ...meta },
  body: bodyOf(...blocks),
  ...(rights ? { rights } : {}),
});

const footnote = (noteId: string, text: string, sourceIds: string[] = []) => ({ type: 'footnote', version: 1, noteId, text, sourceIds });
const withNote = (text: string, note: ReturnType<typeof footnote>) => ({ ...paragraph(text), children: [textNode({ text }), note] });

describe('diffArticles', () => {
  it('reports nothing for the same article', () => {
    const a = state([paragraph('One.'), paragraph('Two.')]);
    const diff = diffArticles(a, state([paragraph('One.'), paragraph('Two.')]));
    expect(diff.changed).toBe(false);
    expect(diff.body.map((b) => b.status)).toEqual(['same', 'same']);
  });

  it('aligns blocks first, then shows word-level insertions and deletions inside a changed one', () => {
    const before = state([heading('h2', 'Cranes'), paragraph('The cranes stopped at noon.'), paragraph('Ships waited.')]);
    const after = state([
      paragraph('A new first paragraph.'),
      heading('h2', 'Cranes'),
      paragraph('The cranes stopped at dawn.'),
    ]);
    const diff = diffArticles(before, after);
    expect(diff.changed).toBe(true);
    expect(diff.body.map((b) => [b.status, b.type])).toEqual([
      ['added', 'paragraph'],
      ['same', 'heading'],
      ['changed', 'paragraph'],
      ['removed', 'paragraph'],
    ]);
    expect(diff.body[2]!.pieces).toEqual([
      { kind: 'same', text: 'The cranes stopped at ' },
      { kind: 'removed', text: 'noon' },
      { kind: 'added', text: 'dawn' },
      { kind: 'same', text: '.' },
    ]);
    expect(diff.body[3]!.pieces).toEqual([{ kind: 'removed', text: 'Ships waited.' }]);
  });

  it('diffs metadata field by field, lists joined', () => {
    const diff = diffArticles(state([], { bylines: ['Ana'] }), state([], { headline: 'Port reopens at last', bylines: ['Ana', 'Bo'] }));
    expect(diff.meta.map((f) => [f.label, f.pieces.filter((p) => p.kind === 'added').map((p) => p.text).join('')])).toEqual([
      ['Headline', ' at last'],
      ['Bylines', ', Bo'],
    ]);
  });

  it('diffs footnotes by note: added, changed and removed', () => {
    const before = state([withNote('A', footnote('n1', 'Old note')), withNote('B', footnote('n2', 'Gone'))]);
    const after = state([withNote('A', footnote('n1', 'New note')), withNote('B', footnote('n3', 'Fresh'))]);
    const diff = diffArticles(before, after);
    expect(diff.footnotes.map((f) => [f.noteId, f.status, f.pieces])).toEqual([
      ['n1', 'changed', [{ kind: 'removed', text: 'Old' }, { kind: 'added', text: 'New' }, { kind: 'same', text: ' note' }]],
      ['n3', 'added', [{ kind: 'added', text: 'Fresh' }]],
      ['n2', 'removed', [{ kind: 'removed', text: 'Gone' }]],
    ]);
  });

  it('lists sources cited and no longer cited, by title', () => {
    const before = state([para('Said ', citation(['s1'], 'the mayor'), '.')]);
    const after = state([para('Said ', citation(['s2'], 'the mayor'), '.')]);
    const titles: Record<string, string> = { s1: 'Mayor interview', s2: 'Council minutes' };
    const diff = diffArticles(before, after, { sourceTitle: (id) => titles[id] });
    expect(diff.citations).toEqual({ added: [{ id: 's2', title: 'Council minutes' }], removed: [{ id: 's1', title: 'Mayor interview' }] });
  });

  it('shows image rights that changed, appeared or went', () => {
    const before = state([], {}, { a1: { 'Credit line': 'Reuters', Licence: 'Agency licence' }, a2: { 'Credit line': 'AP' } });
    const after = state([], {}, { a1: { 'Credit line': 'Reuters', Licence: 'CC BY 4.0' }, a3: { 'Credit line': 'AFP' } });
    const diff = diffArticles(before, after);
    expect(diff.rights.map((r) => [r.assetId, r.label, r.status, r.fields.map((f) => f.label)])).toEqual([
      ['a1', 'Reuters', 'changed', ['Licence']],
      ['a3', 'AFP', 'added', ['Credit line']],
      ['a2', 'AP', 'removed', ['Credit line']],
    ]);
    expect(diff.changed).toBe(true);
  });
});

const listItem = (text: string, ...nested: unknown[]) => ({ type: 'listitem', version: 1, value: 1, children: [textNode({ text }), ...nested] });
const list = (...items: unknown[]) => ({ type: 'list', version: 1, listType: 'bullet', start: 1, tag: 'ul', children: items });

describe('diffArticles on lists', () => {
  it('keeps each list item a line of its own, so items never run together ("plant;the status")', () => {
    const before = state([list(listItem('Close the plant;'), listItem('the status quo.'))]);
    const after = state([list(listItem('Close the plant;'), listItem('the status quo stays.'))]);
    const diff = diffArticles(before, after);
    expect(diff.body.map((b) => [b.status, b.type])).toEqual([
      ['same', 'listitem'],
      ['changed', 'listitem'],
    ]);
    expect(diff.body[0]!.pieces).toEqual([{ kind: 'same', text: 'Close the plant;' }]);
    expect(diff.body.flatMap((b) => b.pieces).map((p) => p.text).join('|')).not.toContain('plant;the status');
  });

  it('shows an added item as one new line, and a nested item on its own line', () => {
    const before = state([list(listItem('Ports'), listItem('Rail'))]);
    const after = state([list(listItem('Ports'), listItem('Roads', list(listItem('Bridges'))), listItem('Rail'))]);
    const diff = diffArticles(before, after);
    expect(diff.body.map((b) => [b.status, b.pieces.map((p) => p.text).join('')])).toEqual([
      ['same', 'Ports'],
      ['added', 'Roads'],
      ['added', 'Bridges'],
      ['same', 'Rail'],
    ]);
  });
});
