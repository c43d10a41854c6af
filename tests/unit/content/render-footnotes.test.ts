import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderBodyHtml, renderHtml } from '../../../shared/content/render/html';
import { renderBodyMarkdown } from '../../../shared/content/render/markdown';
import { renderBodyPlainText } from '../../../shared/content/render/text';
import type { CitableSource, SourceLookup } from '../../../shared/content/render/sources';
import { importFile } from '../../../electron/importers/index';
import { scanBody } from '../../../shared/content/scan';
import { article, cite, fn, h, item, link, p, quote, ref, text, ul } from './helpers';

const REPORT = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const NO_URL = '7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d';
const WHISTLEBLOWER = '8b3c4d5e-6f7a-4b2c-8d3e-4f5a6b7c8d9e';

const source = (fields: Partial<CitableSource>): CitableSource => ({ title: '', url: '', publisher: '', interview: null, ...fields });
const SOURCES: SourceLookup = new Map([
  [REPORT, source({ title: 'Flood report', publisher: 'Ministry of Water', url: 'https://gov.example/flood?y=2026&v=2' })],
  [NO_URL, source({ title: 'Phone call', publisher: 'District office' })],
  [WHISTLEBLOWER, source({ title: 'Ahmed Raza, engineer', url: 'https://secret.example/', interview: { name: 'Ahmed Raza', role: 'engineer', contact: '', attribution: 'anonymous' } })],
]);

const body = article([
  h(2, text('Floods'), fn('In the heading.')),
  p(text('The river rose'), fn('Met Office, 2 August.'), text(' overnight '), ref('8'), text('.')),
  quote(text('"We were ready,"'), fn('Said at a briefing.\nSecond line <b>not bold</b>.')),
  ul(item([text('An item'), fn('')])),
]).body;

describe('footnotes in exports', () => {
  it('HTML: numbered markers linking to an ordered notes list at the end, each note linking back', () => {
    const html = renderBodyHtml(body);
    expect(html).toContain('<h2>Floods<sup id="fnref-1"><a href="#fn-1">1</a></sup></h2>');
    expect(html).toContain('<p>The river rose<sup id="fnref-2"><a href="#fn-2">2</a></sup> overnight [8].</p>');
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
    const notes = [...document.querySelectorAll('section.footnotes ol > li')];
    expect(notes.map((li) => li.getAttribute('id'))).toEqual(['fn-1', 'fn-2', 'fn-3', 'fn-4']);
    expect(notes.map((li) => li.textContent?.replace('↩', '').trim())).toEqual([
      'In the heading.',
      'Met Office, 2 August.',
      'Said at a briefing.Second line <b>not bold</b>.',
      '',
    ]);
    // Every marker reaches its note and every note its marker: no link points nowhere.
    for (const anchor of document.querySelectorAll('a[href^="#"]')) {
      const target = anchor.getAttribute('href')?.slice(1) ?? '';
      expect(document.getElementById(target), target).not.toBeNull();
    }
    expect(document.querySelectorAll('sup[id^="fnref-"]')).toHaveLength(4);
    expect(html).toContain('Said at a briefing.<br>Second line &lt;b&gt;not bold&lt;/b&gt;.');
  });

  it('Markdown: [^N] markers and definitions at the end, which the Markdown importer reads back', () => {
    const markdown = renderBodyMarkdown(body);
    expect(markdown).toContain('## Floods[^1]');
    expect(markdown).toContain('The river rose[^2] overnight \\[8\\].');
    expect(markdown.trimEnd().split('\n').slice(-5)).toEqual([
      '[^1]: In the heading.',
      '[^2]: Met Office, 2 August.',
      '[^3]: Said at a briefing.',
      '    Second line \\<b>not bold\\</b>.',
      '[^4]:',
    ]);
    const back = importFile('back.md', markdown).body;
    // Every note comes back, the empty one too, in the same order.
    expect(scanBody(back).footnotes.map((note) => note.text)).toEqual(['In the heading.', 'Met Office, 2 August.', 'Said at a briefing.\nSecond line <b>not bold</b>.', '']);
  });

  it('plain text: [N] markers and a Notes section', () => {
    expect(renderBodyPlainText(body)).toBe(
      [
        'Floods[1]',
        '',
        'The river rose[2] overnight [8].',
        '',
        '    "We were ready,"[3]',
        '',
        '- An item[4]',
        '',
        'Notes',
        '',
        '[1] In the heading.',
        '[2] Met Office, 2 August.',
        '[3] Said at a briefing.',
        '    Second line <b>not bold</b>.',
        '[4]',
        '',
      ].join('\n'),
    );
  });
});

describe('citations in exports', () => {
  const cited = article([
    p(text('Officials said '), cite([REPORT], text('the levees held')), text(', '), cite([NO_URL], text('by phone')), text(' and '), cite([WHISTLEBLOWER], text('in secret')), text('.')),
    p(link('https://news.example/', text('A link '), cite([REPORT], text('holding a citation')))),
  ]).body;

  it('without sources to hand, cited words are just words', () => {
    expect(renderBodyHtml(cited)).toBe(
      '<p>Officials said the levees held, by phone and in secret.</p>\n<p><a href="https://news.example/" rel="noopener noreferrer">A link holding a citation</a></p>\n',
    );
    expect(renderBodyPlainText(cited)).toContain('Officials said the levees held, by phone and in secret.');
  });

  it('with sources, HTML links to the source and names it; never a confidential one', () => {
    const html = renderBodyHtml(cited, { sources: SOURCES });
    expect(html).toContain(
      '<a class="citation" href="https://gov.example/flood?y=2026&amp;v=2" rel="noopener noreferrer" title="Flood report, Ministry of Water">the levees held</a>',
    );
    expect(html).toContain('<span class="citation" title="Phone call, District office">by phone</span>');
    expect(html).toContain(' and in secret.');
    expect(html).not.toMatch(/Ahmed|secret\.example/);
    // Anchors never nest: inside a link the citation is its words.
    expect(html).toContain('<a href="https://news.example/" rel="noopener noreferrer">A link holding a citation</a>');
    const markdown = renderBodyMarkdown(cited, { sources: SOURCES });
    expect(markdown).toContain('[the levees held](https://gov.example/flood?y=2026&v=2 "Flood report")');
    expect(markdown).not.toMatch(/Ahmed|secret\.example/);
  });

  it('a note names its own sources after its text, confidential ones left out', () => {
    const withNotes = article([p(text('Claim'), fn('As reported.', undefined, [REPORT, WHISTLEBLOWER]))]);
    const html = renderHtml(withNotes, { sources: SOURCES });
    expect(html).toContain('As reported. <a href="https://gov.example/flood?y=2026&amp;v=2" rel="noopener noreferrer">Flood report, Ministry of Water</a>');
    expect(html).not.toMatch(/Ahmed|secret\.example/);
  });
});
