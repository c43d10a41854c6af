import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { $createParagraphNode, $createTextNode, $createLineBreakNode, $getRoot } from 'lexical';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createLinkNode } from '@lexical/link';
import { renderBodyHtml, renderHtml } from '../../../shared/content/render/html';
import { TEXT_FORMAT } from '../../../shared/content/render/text-format';
import { article, br, h, item, lexicalBody, link, ol, p, quote, rawBody, text, ul } from './helpers';

const { bold, italic, underline, strikethrough, code, subscript, superscript } = TEXT_FORMAT;

/** Parses a rendered page the way a browser would, to check what a reader would get. */
const parse = (html: string) => parseHTML(html).document;

describe('renderHtml', () => {
  it('renders a complete standalone page with the metadata in an <article>', () => {
    const html = renderHtml(
      article([p(text('First paragraph.'))], {
        headline: 'Floods reach Sukkur',
        dek: 'The Indus crested overnight',
        bylines: ['Amina Khan', 'Bilal Ahmed'],
        dateline: 'SUKKUR, 29 January',
      }),
    );
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')).toBe(true);
    const document = parse(html);
    expect(document.querySelector('title')?.textContent).toBe('Floods reach Sukkur');
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(document.querySelector('article header h1')?.textContent).toBe('Floods reach Sukkur');
    expect(document.querySelector('article .dek')?.textContent).toBe('The Indus crested overnight');
    expect([...document.querySelectorAll('article .byline .author')].map((node) => node.textContent)).toEqual(['Amina Khan', 'Bilal Ahmed']);
    expect(document.querySelector('article .dateline')?.textContent).toBe('SUKKUR, 29 January');
    expect(document.querySelector('article > p')?.textContent).toBe('First paragraph.');
    // Nothing that runs or loads: no scripts, no external resources.
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
  });

  it('sets lang and dir from the language, right to left for Urdu and Arabic', () => {
    expect(renderHtml(article([p(text('خبر'))], { language: 'ur' }))).toContain('<html lang="ur" dir="rtl">');
    expect(renderHtml(article([], { language: 'ar-EG' }))).toContain('<html lang="ar-EG" dir="rtl">');
    expect(renderHtml(article([], { language: 'sd-Deva' }))).toContain('dir="ltr"');
    expect(renderHtml(article([], { language: 'en-GB' }))).toContain('<html lang="en-GB" dir="ltr">');
  });

  it('marks a block whose direction differs from the page, and only that block', () => {
    const body = lexicalBody(() => {
      const urdu = $createParagraphNode().append($createTextNode('یہ اردو ہے'));
      urdu.setDirection('rtl');
      $getRoot().append($createParagraphNode().append($createTextNode('English')), urdu);
    });
    expect(renderBodyHtml(body)).toBe('<p>English</p>\n<p dir="rtl">یہ اردو ہے</p>\n');
    // On a right-to-left page the Urdu block needs no attribute of its own.
    expect(renderBodyHtml(body, { direction: 'rtl' })).toBe('<p>English</p>\n<p>یہ اردو ہے</p>\n');
  });

  it('escapes a hostile headline, dek and byline so they render as text', () => {
    const html = renderHtml(
      article([p(text('<img src=x onerror=alert(1)>'))], {
        headline: '<script>alert(1)</script>',
        dek: '"><svg onload=alert(1)>',
        bylines: ["O'Brien & <b>Sons</b>"],
      }),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<img');
    const document = parse(html);
    expect(document.querySelector('h1')?.textContent).toBe('<script>alert(1)</script>');
    expect(document.querySelector('title')?.textContent).toBe('<script>alert(1)</script>');
    expect(document.querySelector('meta[name=description]')?.getAttribute('content')).toBe('"><svg onload=alert(1)>');
    expect(document.querySelector('.author')?.textContent).toBe("O'Brien & <b>Sons</b>");
    expect(document.querySelector('article > p')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('renders headings, paragraphs with line breaks, and quotes from Lexical output', () => {
    const body = lexicalBody(() => {
      const root = $getRoot();
      for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const) root.append($createHeadingNode(tag).append($createTextNode(tag)));
      root.append($createParagraphNode().append($createTextNode('line one'), $createLineBreakNode(), $createTextNode('line two')));
      root.append($createQuoteNode().append($createTextNode('quoted')));
    });
    expect(renderBodyHtml(body)).toBe(
      '<h1>h1</h1>\n<h2>h2</h2>\n<h3>h3</h3>\n<h4>h4</h4>\n<h5>h5</h5>\n<h6>h6</h6>\n' +
        '<p>line one<br>line two</p>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n',
    );
  });

  it('nests format tags properly instead of one tag pair per text node', () => {
    const { body } = article([
      p(text('bold ', bold), text('both', bold | italic), text(' plain '), text('u', underline), text('s', strikethrough)),
      p(text('x'), text('2', superscript), text(' H'), text('2', subscript), text('O '), text('npm ci', code)),
    ]);
    expect(renderBodyHtml(body)).toBe(
      '<p><strong>bold <em>both</em></strong> plain <u>u</u><s>s</s></p>\n' +
        '<p>x<sup>2</sup> H<sub>2</sub>O <code>npm ci</code></p>\n',
    );
  });

  it('renders nested lists as Lexical stores them, inside their parent item', () => {
    const body = lexicalBody(() => {
      const sub = $createListNode('bullet').append($createListItemNode().append($createTextNode('nested')));
      const list = $createListNode('number', 3).append(
        $createListItemNode().append($createTextNode('three')),
        $createListItemNode().append(sub),
        $createListItemNode().append($createTextNode('four')),
      );
      $getRoot().append(list);
    });
    expect(renderBodyHtml(body)).toBe('<ol start="3">\n<li>three<ul>\n<li>nested</li>\n</ul></li>\n<li>four</li>\n</ol>\n');
  });

  it('keeps web and mail links with rel="noopener noreferrer" and drops every other scheme to text', () => {
    const body = lexicalBody(() => {
      const paragraph = $createParagraphNode();
      for (const url of ['https://example.com/a?b=1&c="2"', 'mailto:desk@example.com', 'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', '/relative', 'vbscript:x']) {
        paragraph.append($createLinkNode(url).append($createTextNode(`[${url}]`)));
      }
      $getRoot().append(paragraph);
    });
    const html = renderBodyHtml(body);
    const document = parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
    const anchors = [...document.querySelectorAll('a')];
    expect(anchors.map((a) => a.getAttribute('href'))).toEqual(['https://example.com/a?b=1&c="2"', 'mailto:desk@example.com']);
    expect(anchors.every((a) => a.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
    expect(html).not.toMatch(/href="(?:javascript|data|vbscript)/i);
    // The dropped links keep their text.
    expect(document.body.textContent).toContain('[javascript:alert(1)]');
    expect(document.body.textContent).toContain('[/relative]');
  });

  it('renders node types it does not know as their text instead of failing', () => {
    const body = rawBody([
      { type: 'pullquote', children: [{ type: 'text', text: 'A pull quote', format: 0 }] },
      { type: 'paragraph', children: [{ type: 'footnote-ref', text: '[1]' }, { type: 'text', text: ' after', format: 'bold' }, 42, null] },
      { type: 'figure', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'caption', format: 0 }] }] },
      { type: 'heading', tag: 'h9', children: [{ type: 'text', text: 'odd heading', format: 0 }] },
      { type: 'list', listType: 'weird', start: -4, children: [{ type: 'listitem', children: [{ type: 'text', text: 'item', format: 0 }] }] },
      'garbage',
    ]);
    expect(renderBodyHtml(body)).toBe('<p>A pull quote</p>\n<p>[1] after</p>\n<p>caption</p>\n<h2>odd heading</h2>\n<ul>\n<li>item</li>\n</ul>\n');
  });

  it('survives hostile nesting depth without exhausting the stack', () => {
    let node: unknown = { type: 'text', text: 'deep', format: 0 };
    for (let i = 0; i < 10_000; i += 1) node = { type: 'link', url: 'https://x.example', children: [node] };
    const html = renderBodyHtml(rawBody([{ type: 'paragraph', children: [node] }]));
    expect(html).toContain('deep');
  });

  it('renders adjacent quote blocks as one quotation and leaves empty blocks out', () => {
    const { body } = article([quote(text('first')), quote(text('second')), p(), p(br), h(2)]);
    expect(renderBodyHtml(body)).toBe('<blockquote>\n<p>first</p>\n<p>second</p>\n</blockquote>\n');
  });

  it('uses the list start and nests items built by the importers', () => {
    const { body } = article([ol(2, item([text('two')], ul(item([text('inner')]))), item([link('https://x.example', text('three'))]))]);
    expect(renderBodyHtml(body)).toBe(
      '<ol start="2">\n<li>two<ul>\n<li>inner</li>\n</ul></li>\n<li><a href="https://x.example" rel="noopener noreferrer">three</a></li>\n</ol>\n',
    );
  });
});
