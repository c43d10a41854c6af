import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/importers/index';
import { renderBodyHtml } from '../../../shared/content/render/html';
import { renderMarkdown } from '../../../shared/content/render/markdown';
import { TEXT_FORMAT } from '../../../shared/content/render/text-format';
import { emptyMeta } from '../../../shared/domain/article';
import { article, br, h, item, link, ol, p, quote, text, ul } from '../content/helpers';
import { blocksOf } from './helpers';

const { bold, italic, strikethrough, code } = TEXT_FORMAT;

describe('import and export round trips', () => {
  it('Markdown → body → Markdown keeps the document as written', () => {
    const source = [
      '# Floods reach Sukkur',
      '',
      '## What happened',
      '',
      'The Indus **crested** *overnight*, says the [Met Office](https://example.com/met "Forecast").',
      '',
      '- Camps opened',
      '  - in Sukkur',
      '  - in Rohri',
      '- Roads closed',
      '',
      '1. First',
      '2. Second',
      '',
      '> “We have never seen this,” a farmer said.',
      '',
      '### Numbers',
      '',
      'Some ~~old~~ new `figures` here.',
      '',
    ].join('\n');
    const imported = importFile('story.md', source);
    const exported = renderMarkdown({ meta: { ...emptyMeta(), ...imported.meta }, body: imported.body });
    // Only the link title is lost: an imported link keeps its address alone.
    expect(exported).toBe(source.replace(' "Forecast"', ''));
  });

  it('body → Markdown → body gives the same structure, text and formats', () => {
    const original = article([
      h(2, text('Heading with *stars* and #hash')),
      p(text('plain '), text('bold', bold), text(' '), text('both', bold | italic), text(' '), text('struck', strikethrough), text(' '), text('a `tick`', code)),
      p(text('line one'), br, text('1. not a list'), br, link('https://example.com/a_(b)', text('link '), text('text', bold))),
      quote(text('quoted [not a link](x)')),
      ul(item([text('one')], ol(1, item([text('nested')]))), item([text('two')])),
      ol(5, item([text('five')])),
    ]);
    const markdown = renderMarkdown({ meta: { ...emptyMeta(), headline: 'Title' }, body: original.body });
    const imported = importFile('x.md', markdown);
    expect(imported.meta.headline).toBe('Title');
    expect(blocksOf(imported)).toEqual(blocksOf({ meta: {}, body: original.body, warnings: [] }));
  });

  it('body → HTML fragment → body gives the same structure', () => {
    const original = article([
      h(3, text('Section')),
      p(text('a '), text('b', bold), br, link('mailto:desk@example.com', text('desk'))),
      quote(text('first')),
      quote(text('second')),
      ul(item([text('x')], ul(item([text('y')], ul(item([text('z')])))))),
    ]);
    const imported = importFile('fragment.html', renderBodyHtml(original.body));
    expect(blocksOf(imported)).toEqual(blocksOf({ meta: {}, body: original.body, warnings: [] }));
  });
});
