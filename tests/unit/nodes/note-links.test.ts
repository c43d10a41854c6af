import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { galleyNodes } from '../../../shared/content/nodes';
import { FootnoteNode } from '../../../shared/content/nodes/index';
import { linksAfterEdit, type NoteLink } from '../../../shared/content/nodes/note-links';
import { footnoteNode, paragraphNode, textNode } from '../../../shared/content/build';
import { BODY_FORMAT_VERSION, type ArticleBody } from '../../../shared/content/body';
import { validateBody } from '../../../shared/content/validate';
import { renderBodyHtml } from '../../../shared/content/render/html';
import { renderMarkdown } from '../../../shared/content/render/markdown';
import { renderBodyPlainText } from '../../../shared/content/render/text';
import { GHOST_FOOTNOTES } from '../../../electron/publishing/targets/ghost/post';
import { renderWordPressBody } from '../../../shared/content/render/wordpress';
import { emptyMeta } from '../../../shared/domain/article';
import { importFile } from '../../../electron/importers/index';
import { linkedNotes } from '../importers/helpers';

const NOTE = '0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b';
const TEXT = 'See the audit, page 4, and the minutes.';
const LINKS: NoteLink[] = [
  { start: 4, end: 13, url: 'https://audit.example/harbour' },
  { start: 27, end: 38, url: 'https://council.example/minutes' },
];
const body = (links: unknown = LINKS, text = TEXT): ArticleBody => ({
  format: 'galley.lexical',
  version: BODY_FORMAT_VERSION,
  editorState: {
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraphNode([textNode('The works are late.'), { ...footnoteNode(NOTE, text), links } as ReturnType<typeof footnoteNode>])] },
  },
});
const linked = (text: string, links: readonly NoteLink[]) => links.map((link) => `${text.slice(link.start, link.end)} → ${link.url}`);

describe('links in a footnote’s note', () => {
  it('are kept through load and save, and follow their words as the note is edited', () => {
    const editor = createHeadlessEditor({ nodes: [...galleyNodes], onError: (error) => { throw error; } });
    editor.setEditorState(editor.parseEditorState(body().editorState as never));
    expect(editor.getEditorState().toJSON().root.children).toEqual(body().editorState.root.children);
    const note = (): FootnoteNode => {
      const stack: LexicalNode[] = [$getRoot()];
      while (stack.length > 0) {
        const node = stack.pop()!;
        if (node instanceof FootnoteNode) return node;
        if ($isElementNode(node)) stack.push(...node.getChildren());
      }
      throw new Error('no footnote');
    };
    const edit = (text: string) => {
      editor.update(() => void note().setText(text), { discrete: true });
      return editor.getEditorState().read(() => linked(note().getText(), note().getLinks()));
    };
    expect(edit('Also see the audit, page 4, and the minutes.')).toEqual(['the audit → https://audit.example/harbour', 'the minutes → https://council.example/minutes']);
    expect(edit('Also see the harbour audit, page 4, and the minutes.')).toEqual(['the harbour audit → https://audit.example/harbour', 'the minutes → https://council.example/minutes']);
    expect(edit('Also see the harbour audit, page 4.')).toEqual(['the harbour audit → https://audit.example/harbour']);
  });

  it('move with typing before them, grow with typing inside, and stay put for typing at their edge', () => {
    const link = [{ start: 4, end: 9, url: 'https://x.example/' }];
    expect(linksAfterEdit(link, 'See audit.', 'So see audit.')).toEqual([{ start: 7, end: 12, url: 'https://x.example/' }]);
    expect(linksAfterEdit(link, 'See audit.', 'See aXudit.')).toEqual([{ start: 4, end: 10, url: 'https://x.example/' }]);
    expect(linksAfterEdit(link, 'See audit.', 'See audit!.')).toEqual(link);
    expect(linksAfterEdit(link, 'See audit.', 'See .')).toEqual([]);
  });

  it('are refused when they are not web or e-mail addresses, or do not lie inside the note', () => {
    expect(() => validateBody(body([{ start: 4, end: 13, url: 'javascript:alert(1)' }]))).toThrow(/web or e-mail address/);
    expect(() => validateBody(body([{ start: 30, end: 60, url: 'https://x.example/' }]))).toThrow(/inside its text/);
    expect(() => validateBody(body([LINKS[1], LINKS[0]]))).toThrow(/inside its text, in order/);
  });

  it('go out as links in every export and to every publishing target', () => {
    const stored = body();
    expect(renderBodyHtml(stored)).toContain(
      'See <a href="https://audit.example/harbour" rel="noopener noreferrer">the audit</a>, page 4, and <a href="https://council.example/minutes" rel="noopener noreferrer">the minutes</a>.',
    );
    expect(renderMarkdown({ meta: emptyMeta(), body: stored })).toContain('[^1]: See [the audit](https://audit.example/harbour), page 4, and [the minutes](https://council.example/minutes).');
    expect(renderBodyPlainText(stored)).toContain('[1] See the audit (https://audit.example/harbour), page 4, and the minutes (https://council.example/minutes).');
    const audit = '<a href="https://audit.example/harbour" rel="noopener noreferrer">the audit</a>';
    expect(renderBodyHtml(stored, { footnotes: GHOST_FOOTNOTES })).toContain(audit);
    expect(renderWordPressBody(stored).footnotes[0]?.content).toContain(audit);
  });

  it('come back in from Galley’s own Markdown export, as from Word and Google Docs (see the importers’ tests)', () => {
    const exported = renderMarkdown({ meta: { ...emptyMeta(), headline: 'Harbour' }, body: body() });
    const imported = importFile('harbour.md', exported);
    expect(linkedNotes(imported)).toEqual([['the audit → https://audit.example/harbour', 'the minutes → https://council.example/minutes']]);
  });
});
