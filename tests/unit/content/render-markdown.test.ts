import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createLinkNode } from '@lexical/link';
import { renderBodyMarkdown, renderMarkdown } from '../../../shared/content/render/markdown';
import { TEXT_FORMAT } from '../../../shared/content/render/text-format';
import { importMarkdown } from '../../../electron/importers/markdown/import-markdown';
import { renderBodyPlainText } from '../../../shared/content/render/text';
import { article, br, h, item, lexicalBody, ol, p, quote, text, ul } from './helpers';

const { bold, italic, underline, strikethrough, code } = TEXT_FORMAT;
const md = (...blocks: Parameters<typeof article>[0]) => renderBodyMarkdown(article(blocks).body);

describe('renderMarkdown', () => {
  it('starts with the headline as a title, then the dek, bylines and dateline', () => {
    const output = renderMarkdown(
      article([p(text('Body.'))], { headline: 'Floods reach Sukkur', dek: 'The Indus crested', bylines: ['Amina Khan'], dateline: 'SUKKUR' }),
    );
    expect(output).toBe('# Floods reach Sukkur\n\n*The Indus crested*\n\nAmina Khan\n\nSUKKUR\n\nBody.\n');
  });

  it('escapes a hostile headline so that it stays text', () => {
    const output = renderMarkdown(article([], { headline: '<script>alert(1)</script>' }));
    expect(output).toBe('# \\<script>alert(1)\\</script>\n');
    // Every `<` is escaped, and a Markdown reader gets the text back, not a tag.
    expect(output).not.toMatch(/(?<!\\)</);
    expect(importMarkdown(output, 'x.md').meta.headline).toBe('<script>alert(1)</script>');
  });

  it('renders headings, emphasis, strikethrough and code; underline keeps only its text', () => {
    expect(
      md(
        h(2, text('Section')),
        p(text('bold', bold), text(' '), text('italic', italic), text(' '), text('gone', strikethrough), text(' '), text('under', underline), text(' '), text('x = 1', code)),
      ),
    ).toBe('## Section\n\n**bold** *italic* ~~gone~~ under `x = 1`\n');
  });

  it('nests emphasis and moves whitespace outside the delimiters', () => {
    expect(md(p(text('bold ', bold), text('both', bold | italic), text(' after')))).toBe('**bold *both*** after\n');
    expect(md(p(text('trailing space ', bold), text('next')))).toBe('**trailing space** next\n');
    expect(md(p(text('a'), text(' lead', italic)))).toBe('a *lead*\n');
  });

  it('fences code containing backticks with a longer run', () => {
    expect(md(p(text('use `npm` here', code)))).toBe('``use `npm` here``\n');
    expect(md(p(text('`', code)))).toBe('`` ` ``\n');
  });

  it('renders links with titles, keeps only safe schemes and encodes awkward URLs', () => {
    const body = lexicalBody(() => {
      $getRoot().append(
        $createParagraphNode().append(
          $createLinkNode('https://example.com/a_(b) c', { title: 'Say "hi"' }).append($createTextNode('site')),
          $createTextNode(' and '),
          $createLinkNode('javascript:alert(1)').append($createTextNode('evil')),
        ),
      );
    });
    expect(renderBodyMarkdown(body)).toBe('[site](<https://example.com/a_(b)%20c> "Say \\"hi\\"") and evil\n');
  });

  it('renders nested and ordered lists with the indentation CommonMark needs', () => {
    const body = lexicalBody(() => {
      const nested = $createListNode('number', 1).append($createListItemNode().append($createTextNode('first step')));
      $getRoot().append(
        $createListNode('bullet').append(
          $createListItemNode().append($createTextNode('one')),
          $createListItemNode().append(nested),
          $createListItemNode().append($createTextNode('two')),
        ),
        $createListNode('number', 10).append($createListItemNode().append($createTextNode('ten'))),
      );
    });
    expect(renderBodyMarkdown(body)).toBe('- one\n  1. first step\n- two\n\n10. ten\n');
  });

  it('keeps two lists in a row apart by switching their marker', () => {
    expect(md(ul(item([text('a')])), ul(item([text('b')])), ol(1, item([text('c')])), ol(1, item([text('d')])))).toBe(
      '- a\n\n* b\n\n1. c\n\n1) d\n',
    );
  });

  it('separates a nested list that could not interrupt its item', () => {
    expect(md(ul(item([text('item')], ol(3, item([text('three')])))))).toBe('- item\n\n  3. three\n');
  });

  it('renders quotes, merging adjacent ones, and line breaks as backslash breaks', () => {
    expect(md(quote(text('first'), br, text('line two')), quote(text('second')), p(text('a'), br, text('b')))).toBe(
      '> first\\\n> line two\n>\n> second\n\na\\\nb\n',
    );
  });

  it('escapes text that would otherwise become markup', () => {
    const tricky = [
      '# not a heading',
      '- not a list',
      '+ not a list',
      '1. not a list',
      '2) not a list',
      '> not a quote',
      '*not emphasis* and _not either_',
      '**not bold** ~~not struck~~',
      '[not](a link) ![not](an image)',
      '<b>not html</b> &amp; not an entity',
      '`not code`',
      'back\\slash at the end\\',
      '---',
      '===',
      '    four spaces',
      'a | b',
    ];
    const output = md(...tricky.map((line) => p(text(line))));
    // Reading the Markdown back gives the same text: nothing became markup.
    const reimported = importMarkdown(output, 'x.md');
    expect(renderBodyPlainText(reimported.body)).toBe(`${tricky.map((line) => line.trim()).join('\n\n')}\n`);
  });

  it('keeps line-start escapes after a line break inside a paragraph', () => {
    expect(md(p(text('intro'), br, text('# still text'), br, text('- still text')))).toBe('intro\\\n\\# still text\\\n\\- still text\n');
  });
});
