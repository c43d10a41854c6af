import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createAutoLinkNode, $createLinkNode } from '@lexical/link';
import { buildBody } from '../../../shared/content/build';
import { validateBody } from '../../../shared/content/validate';
import { readBody } from '../../../shared/content/render/read-body';
import { TEXT_FORMAT } from '../../../shared/content/render/text-format';
import { br, h, item, lexicalBody, link, ol, p, quote, rawBody, text, ul } from './helpers';

describe('readBody', () => {
  it('reads what Lexical writes: formats, links, autolinks, nested lists', () => {
    const body = lexicalBody(() => {
      const bold = $createTextNode('bold');
      bold.toggleFormat('bold');
      const nested = $createListNode('bullet').append($createListItemNode().append($createTextNode('inner')));
      $getRoot().append(
        $createHeadingNode('h3').append($createTextNode('Title')),
        $createParagraphNode().append(bold, $createLinkNode('https://a.example').append($createTextNode('a')), $createAutoLinkNode('https://b.example').append($createTextNode('b'))),
        $createQuoteNode().append($createTextNode('q')),
        $createListNode('number', 4).append($createListItemNode().append($createTextNode('outer')), $createListItemNode().append(nested)),
      );
    });
    expect(readBody(body)).toEqual([
      h(3, text('Title')),
      p(text('bold', TEXT_FORMAT.bold), link('https://a.example', text('a')), link('https://b.example', text('b'))),
      quote(text('q')),
      ol(4, item([text('outer')], ul(item([text('inner')])))),
    ]);
  });

  it('turns stored line feeds into line breaks and unlinked autolinks into text', () => {
    const body = rawBody([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'a\nb', format: 0 },
          { type: 'autolink', url: 'https://x.example', isUnlinked: true, children: [{ type: 'text', text: 'x', format: 0 }] },
        ],
      },
    ]);
    expect(readBody(body)).toEqual([p(text('a'), br, text('b'), text('x'))]);
  });

  it('never nests a link in a link', () => {
    const body = rawBody([
      { type: 'paragraph', children: [{ type: 'link', url: 'https://outer.example', children: [{ type: 'link', url: 'https://inner.example', children: [{ type: 'text', text: 'in', format: 0 }] }] }] },
    ]);
    expect(readBody(body)).toEqual([p(link('https://outer.example', text('in')))]);
  });
});

describe('buildBody', () => {
  it('writes bodies that load in Lexical with their structure intact', () => {
    const body = buildBody([
      h(1, text('Heading')),
      p(text('plain '), text('bold', TEXT_FORMAT.bold), br, link('https://example.com', text('link'))),
      quote(text('quote')),
      ol(3, item([text('three')], ul(item([text('deep')], ol(1, item([text('deeper')]))))), item([text('four')])),
    ]);
    const { body: validated, text: plain } = validateBody(body);
    expect(plain).toContain('deeper');
    expect(readBody(validated)).toEqual(readBody(body));
  });

  // Loaded into Lexical and exported again, the JSON is identical: the editor will not
  // rewrite an imported body on first open.
  it('writes exactly the JSON Lexical itself would export', async () => {
    const { createHeadlessEditor } = await import('@lexical/headless');
    const { galleyNodes } = await import('../../../shared/content/nodes');
    const editor = createHeadlessEditor({ nodes: [...galleyNodes], onError: (error) => { throw error; } });
    const body = buildBody([p(text('a'), link('https://example.com', text('b'))), ol(2, item([text('x')], ul(item([text('y')]))), item([text('z')])), h(2, text('h')), quote(text('q'))]);
    editor.setEditorState(editor.parseEditorState(JSON.stringify(body.editorState)));
    expect(editor.getEditorState().toJSON()).toEqual(body.editorState);
  });

  it('gives an empty document one empty paragraph, as the editor starts with', () => {
    const body = buildBody([]);
    expect(body.editorState.root.children).toHaveLength(1);
    expect(() => validateBody(body)).not.toThrow();
  });
});
