import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/importers/index';
import { TEXT_FORMAT } from '../../../shared/content/render/text-format';
import { validateBody } from '../../../shared/content/validate';
import { br, h, item, link, ol, p, quote, text, ul } from '../content/helpers';
import { blocksOf, stringsIn, textOf } from './helpers';

const { bold, italic, underline, strikethrough } = TEXT_FORMAT;

describe('HTML import', () => {
  it('keeps headings, formatting, links, quotes and nested lists', () => {
    const result = importFile(
      'story.html',
      `<h2>Section</h2>
       <p>Some <b>bold</b>, <strong>strong <em>and italic</em></strong>, <u>under</u>, <s>struck</s>, <del>deleted</del>
          and a <a href="https://example.com/x?a=1&amp;b=2">link</a>.<br>New line.</p>
       <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
       <ul><li>One<ul><li>Nested</li></ul></li><li>Two</li></ul>
       <ol start="4"><li>Four</li></ol>`,
    );
    expect(blocksOf(result)).toEqual([
      h(2, text('Section')),
      p(
        text('Some '),
        text('bold', bold),
        text(', '),
        text('strong ', bold),
        text('and italic', bold | italic),
        text(', '),
        text('under', underline),
        text(', '),
        text('struck', strikethrough),
        text(', '),
        text('deleted', strikethrough),
        text(' and a '),
        link('https://example.com/x?a=1&b=2', text('link')),
        text('.'),
        br,
        text('New line.'),
      ),
      quote(text('Quoted one.')),
      quote(text('Quoted two.')),
      ul(item([text('One')], ul(item([text('Nested')]))), item([text('Two')])),
      ol(4, item([text('Four')])),
    ]);
  });

  it('takes a leading <h1> as the headline and does not repeat it in the body', () => {
    const result = importFile('a.html', '<html><head><title>Site | Page</title></head><body><h1>The real headline</h1><p>Text.</p></body></html>');
    expect(result.meta.headline).toBe('The real headline');
    expect(blocksOf(result)).toEqual([p(text('Text.'))]);
  });

  it('falls back to <title>, and keeps an <h1> that is not at the top', () => {
    const result = importFile('a.html', '<title>From &amp; the title</title><p>Intro.</p><h1>Later heading</h1>');
    expect(result.meta.headline).toBe('From & the title');
    expect(blocksOf(result)).toEqual([p(text('Intro.')), h(1, text('Later heading'))]);
  });

  it('collapses whitespace as a browser would and splits layout containers into paragraphs', () => {
    const result = importFile('a.html', '<div>  first\n   block </div><div><div>second</div>third</div><table><tr><td>cell</td></tr></table>');
    expect(blocksOf(result)).toEqual([p(text('first block')), p(text('second')), p(text('third')), p(text('cell'))]);
    expect(result.warnings).toContain('Tables were turned into paragraphs, one per cell.');
  });

  it('does not make a whole Google Docs paste bold because of its font-weight:normal wrapper', () => {
    const result = importFile('paste.html', '<b style="font-weight:normal;" id="docs-internal-guid-1"><p>Plain and <b>bold</b></p></b>');
    expect(blocksOf(result)).toEqual([p(text('Plain and '), text('bold', bold))]);
  });

  it('keeps preformatted text line by line', () => {
    const result = importFile('a.html', '<pre>\nline 1\n  line 2\n</pre>');
    expect(blocksOf(result)).toEqual([p(text('line 1'), br, text('  line 2'))]);
  });

  it('turns loose list items (paragraphs inside items) into one item each', () => {
    const result = importFile('a.html', '<ul><li><p>first para</p><p>second para</p></li><li>next</li></ul>');
    expect(blocksOf(result)).toEqual([ul(item([text('first para'), br, text('second para')]), item([text('next')]))]);
  });

  it('leaves nothing dangerous from a hostile corpus in the body', () => {
    const hostile = `
      <meta http-equiv="refresh" content="0;url=javascript:alert(1)">
      <base href="javascript:alert(1)//">
      <style>body { background: url(https://evil.example/track.png) }</style>
      <script>alert('script')</script>
      <p onclick="alert(1)" style="background:url(https://evil.example/bg.png)">Styled text</p>
      <img src="x" onerror="alert('img')">
      <svg onload="alert('svg')"><text>svg text</text></svg>
      <iframe src="https://evil.example/frame"></iframe>
      <object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y">
      <a href="javascript:alert('href')">js link</a>
      <a href=" JaVaScRiPt:alert(1)">mixed case</a>
      <a href="java&#x09;script:alert(1)">entity tab</a>
      <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>
      <a href="vbscript:msgbox(1)">vb link</a>
      <a href="//evil.example/protocol-relative">protocol relative</a>
      <form action="https://evil.example"><input value="x"><button>Go</button></form>
      <math><mi xlink:href="javascript:alert(1)">math</mi></math>
      <p>Safe <a href="https://example.com">link</a></p>`;
    const result = importFile('hostile.html', hostile);
    const strings = stringsIn(result.body).join('\n');
    expect(strings).not.toMatch(/javascript|vbscript|data:|evil\.example|onerror|onload|onclick|alert\(|<script|url\(/i);
    // Text survives as text; the one safe link stays a link.
    expect(textOf(result)).toContain('Styled text');
    expect(textOf(result)).toContain('js link');
    expect(textOf(result)).not.toContain("alert('script')");
    expect(textOf(result)).not.toContain('svg text');
    expect(blocksOf(result).at(-1)).toEqual(p(text('Safe '), link('https://example.com', text('link'))));
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'An image was left out. Add images with the image tool, which records their credit and licence.',
        'Scripts and embedded content (videos, frames, drawings) were removed.',
      ]),
    );
  });

  it('survives 10,000 levels of nesting without exhausting the stack', () => {
    const deep = `${'<div><blockquote><ul><li>'.repeat(2_500)}deep text${'</li></ul></blockquote></div>'.repeat(2_500)}`;
    const result = importFile('deep.html', deep);
    expect(textOf(result)).toContain('deep text');
    expect(() => validateBody(result.body)).not.toThrow();
    const unclosed = `${'<b>'.repeat(10_000)}bold at depth`;
    expect(textOf(importFile('unclosed.html', unclosed))).toBe('bold at depth\n');
  });

  it('stays fast on hundreds of thousands of unclosed elements', () => {
    // The sanitiser's parser spends time proportional to the depth on every tag, so
    // without a bound on nesting 200,000 open elements take hours; with it, milliseconds.
    for (const unit of ['<div>', '<ul><li>', '<p><li>', '<dl><dt><dd>']) {
      const started = performance.now();
      const result = importFile('deep.html', `${unit.repeat(200_000)}deep text`);
      expect(textOf(result)).toContain('deep text');
      expect(performance.now() - started, unit).toBeLessThan(5_000);
    }
  });

  it('reads HTML that Galley exported back to the same body', async () => {
    const { renderHtml } = await import('../../../shared/content/render/html');
    const { article } = await import('../content/helpers');
    const original = article(
      [h(2, text('Heading')), p(text('a '), text('b', bold | italic), br, link('https://example.com', text('c'))), quote(text('q')), ol(3, item([text('x')], ul(item([text('y')]))))],
      { headline: 'Round trip' },
    );
    const result = importFile('export.html', renderHtml(original));
    expect(result.meta.headline).toBe('Round trip');
    expect(blocksOf(result)).toEqual(blocksOf({ body: original.body, meta: {}, warnings: [] }));
  });
});
