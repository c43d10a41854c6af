import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/importers/index';
import { TEXT_FORMAT } from '../../../shared/content/render/text-format';
import { br, h, item, link, ol, p, quote, text, ul } from '../content/helpers';
import { blocksOf, stringsIn } from './helpers';

const { bold, italic, strikethrough, code } = TEXT_FORMAT;
const md = (source: string) => importFile('x.md', source);

describe('Markdown import', () => {
  it('takes a leading # Title as the headline and not again in the body', () => {
    const result = md('# Floods reach Sukkur\n\nThe Indus crested.\n');
    expect(result.meta.headline).toBe('Floods reach Sukkur');
    expect(blocksOf(result)).toEqual([p(text('The Indus crested.'))]);
  });

  it('reads front matter for headline, dek, tags and more, and says which fields it ignored', () => {
    const result = md(
      [
        '---',
        'title: "Budget: what changes"',
        'dek: Five things to know',
        'tags: [economy, "tax, income"]',
        'author:',
        '  - Amina Khan',
        '  - Bilal Ahmed',
        'slug: budget-what-changes',
        'lang: ur-PK',
        'layout: post',
        '---',
        '# Budget: what changes',
        '',
        'Body.',
      ].join('\n'),
    );
    expect(result.meta).toEqual({
      headline: 'Budget: what changes',
      dek: 'Five things to know',
      tags: ['economy', 'tax, income'],
      bylines: ['Amina Khan', 'Bilal Ahmed'],
      slug: 'budget-what-changes',
      language: 'ur-PK',
    });
    expect(blocksOf(result)).toEqual([p(text('Body.'))]);
    expect(result.warnings).toContain('These front-matter fields mean nothing to Galley and were ignored: layout.');
  });

  it('drops metadata the article schema would refuse, with a warning', () => {
    const result = md('---\nslug: Not A Slug!\ntitle: Fine\n---\ntext');
    expect(result.meta.slug).toBeUndefined();
    expect(result.warnings.some((warning) => warning.includes('slug'))).toBe(true);
  });

  it('keeps headings, emphasis, strikethrough, code, links and line breaks', () => {
    const result = md(
      '## Section\n\nSome **bold**, *italic*, ***both***, ~~gone~~, `code`, [a link](https://example.com "Title"), <https://auto.example> and www.bare.example.\nHard  \nbreak and a backslash\\\nbreak.\n\nSetext\n------\n',
    );
    expect(blocksOf(result)).toEqual([
      h(2, text('Section')),
      p(
        text('Some '),
        text('bold', bold),
        text(', '),
        text('italic', italic),
        text(', '),
        text('both', bold | italic),
        text(', '),
        text('gone', strikethrough),
        text(', '),
        text('code', code),
        text(', '),
        link('https://example.com', text('a link')),
        text(', '),
        link('https://auto.example', text('https://auto.example')),
        text(' and '),
        link('http://www.bare.example', text('www.bare.example')),
        text('. Hard'),
        br,
        text('break and a backslash'),
        br,
        text('break.'),
      ),
      h(2, text('Setext')),
    ]);
  });

  it('follows CommonMark on emphasis edge cases', () => {
    expect(blocksOf(md('snake_case_name and 2*3*4'))).toEqual([p(text('snake_case_name and 2'), text('3', italic), text('4'))]);
    expect(blocksOf(md('*foo**bar**baz*'))).toEqual([p(text('foo', italic), text('bar', bold | italic), text('baz', italic))]);
    expect(blocksOf(md('**not closed and \\*escaped\\*'))).toEqual([p(text('**not closed and *escaped*'))]);
  });

  it('keeps nested and ordered lists, block quotes with lazy lines, and reference links', () => {
    const result = md(
      [
        '- one',
        '  - nested',
        '    1. deeper',
        '- two',
        '',
        '3. three',
        '4. four',
        '',
        '> quoted',
        'lazy continuation',
        '>',
        '> second',
        '',
        'See [the report][r] and [r].',
        '',
        '[r]: https://example.com/report "Report"',
      ].join('\n'),
    );
    expect(blocksOf(result)).toEqual([
      ul(item([text('one')], ul(item([text('nested')], ol(1, item([text('deeper')]))))), item([text('two')])),
      ol(3, item([text('three')]), item([text('four')])),
      quote(text('quoted lazy continuation')),
      quote(text('second')),
      p(text('See '), link('https://example.com/report', text('the report')), text(' and '), link('https://example.com/report', text('r')), text('.')),
    ]);
  });

  it('turns code blocks into paragraphs of code and drops thematic breaks', () => {
    expect(blocksOf(md('```js\nconst a = 1;\n  indented();\n```\n\n***\n\n    indented code'))).toEqual([
      p(text('const a = 1;', code), br, text('  indented();', code)),
      p(text('indented code', code)),
    ]);
  });

  it('ends a list at a thematic break, as CommonMark does', () => {
    expect(blocksOf(md('- a\n***\n- b'))).toEqual([ul(item([text('a')])), ul(item([text('b')]))]);
  });

  it('sanitises raw HTML and unsafe link targets in Markdown', () => {
    const result = md(
      '<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> [click](javascript:alert(1)) <a href="javascript:alert(2)">raw</a> [data](data:text/html,x)\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(stringsIn(result.body).join('\n')).not.toMatch(/javascript|alert|data:|evil|onerror/i);
    expect(blocksOf(result)).toEqual([p(text('Text click raw data'))]);
  });

  it('leaves images out with a warning', () => {
    const result = md('Before ![a chart](chart.png) after');
    expect(blocksOf(result)).toEqual([p(text('Before after'))]);
    expect(result.warnings[0]).toMatch(/image was left out/);
  });
});
