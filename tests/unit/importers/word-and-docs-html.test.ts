import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/importers/index';
import { convertPaste } from '../../../electron/importers/index';
import { scanBody } from '../../../shared/content/scan';
import { blocksOf, linkedNotes, textOf } from './helpers';
import type { Inline } from '../../../shared/content/render/tree';

/** The links a body keeps, with their text. */
function linksOf(inlines: readonly Inline[]): string[] {
  return inlines.flatMap((inline) =>
    inline.kind === 'link' ? [`${inline.url}`] : inline.kind === 'citation' ? linksOf(inline.children) : [],
  );
}
const allLinks = (html: ReturnType<typeof importFile>): string[] =>
  blocksOf(html).flatMap((block) => (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'quote' ? linksOf(block.children) : []));

/** As Word writes a document saved as a web page (and, nearly the same, HTML it puts on the clipboard). */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><title>Flood defences</title>
<style>p.MsoFootnoteText {font-size:10pt}</style></head>
<body lang=EN-GB><div class=WordSection1>
<h1>Levees held, ministry says</h1>
<p class=MsoNormal>The levees held<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></span></a>, officials said, though residents disagreed<a style='mso-footnote-id:ftn2' href="#_ftn2" name="_ftnref2" title=""><![if !supportFootnotes]>[2]<![endif]></a>.</p>
<p class=MsoNormal>The cost was put at 3 billion<a style='mso-endnote-id:edn1' href="#_edn1" name="_ednref1" title="">[i]</a>.</p>
</div>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> Ministry of Water, <a href="https://gov.example/report">annual report</a>, p. 12.</p></div>
<div style='mso-element:footnote' id=ftn2><p class=MsoFootnoteText><a href="#_ftnref2" name="_ftn2" title="">[2]</a> Interviews in Sukkur, 2 August.</p>
<p class=MsoFootnoteText>A second paragraph of the same note.</p></div>
</div>
<div style='mso-element:endnote-list'><div style='mso-element:endnote' id=edn1><p class=MsoEndnoteText><a href="#_ednref1" name="_edn1" title="">[i]</a> Budget statement, 2026.</p></div></div>
</body></html>`;

/** As Google Docs puts a document on the clipboard or in "Download as HTML". */
const GOOGLE_DOCS_HTML = `<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style>.c1{font-weight:700}</style></head>
<body class="c5 doc-content"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p class="c2"><span class="c0">The report</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span class="c0">&nbsp;was published by </span><span class="c3"><a class="c4" href="https://www.google.com/url?q=https://gov.example/report&amp;sa=D&amp;source=editors&amp;ust=1700000000&amp;usg=AOv">the ministry</a></span><span>.</span><sup><a href="#ftnt2" id="ftnt_ref2">[2]</a></sup><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p>
<hr class="c6"><div><p class="c7"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c8">&nbsp;See </span><span class="c3"><a href="https://www.google.com/url?q=https://archive.example/x%3Fa%3D1&amp;sa=D">the archive</a></span><span>.</span></p></div>
<div><p class="c7"><a href="#ftnt_ref2" id="ftnt2">[2]</a><span class="c8">&nbsp;Second note.</span></p></div>
<div class="c9"><p class="c7"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>A reviewer's comment, not a note.</span></p></div></b></body></html>`;

/** WordPress's footnotes block. */
const WORDPRESS_HTML = `<p>Turnout was 61 per cent<sup data-fn="4f2a" class="fn"><a href="#4f2a" id="4f2a-link">1</a></sup>, up from 52<sup data-fn="9c1b" class="fn"><a href="#9c1b" id="9c1b-link">2</a></sup>.</p>
<ol class="wp-block-footnotes"><li id="4f2a">Election Commission figures. <a href="#4f2a-link" aria-label="Jump to footnote reference 1">↩︎</a></li><li id="9c1b">In <a href="https://example.org/2019">2019</a>. <a href="#9c1b-link" aria-label="Jump to footnote reference 2">↩︎</a></li></ol>`;

describe('footnotes in HTML from Word', () => {
  it('keeps every footnote and endnote, with its text and links, and takes the heading as the headline', () => {
    const result = importFile('floods.htm', WORD_HTML);
    expect(result.meta.headline).toBe('Levees held, ministry says');
    expect(scanBody(result.body).footnotes.map((note) => note.text)).toEqual([
      'Ministry of Water, annual report, p. 12.',
      'Interviews in Sukkur, 2 August.\nA second paragraph of the same note.',
      'Budget statement, 2026.',
    ]);
    expect(linkedNotes(result)).toEqual([['annual report → https://gov.example/report'], [], []]);
    expect(textOf(result)).toBe(
      [
        'The levees held[1], officials said, though residents disagreed[2].',
        '',
        'The cost was put at 3 billion[3].',
        '',
        'Notes',
        '',
        '[1] Ministry of Water, annual report (https://gov.example/report), p. 12.',
        '[2] Interviews in Sukkur, 2 August.',
        '    A second paragraph of the same note.',
        '[3] Budget statement, 2026.',
        '',
      ].join('\n'),
    );
    expect(result.warnings).toEqual([]);
  });

  it('turns a marker whose note is missing into a dangling reference, and says so', () => {
    const result = importFile('cut.htm', '<p>Claim<a href="#_ftn7" name="_ftnref7">[7]</a> and more.</p>');
    expect(blocksOf(result)).toEqual([
      { kind: 'paragraph', direction: null, children: [{ kind: 'text', text: 'Claim', format: 0 }, { kind: 'reference', label: '7' }, { kind: 'text', text: ' and more.', format: 0 }] },
    ]);
    expect(result.warnings.join(' ')).toMatch(/\[7\] has no note/);
  });
});

describe('footnotes in HTML from Google Docs', () => {
  it('keeps the notes, unwraps Google redirect links to the real address, and leaves comments out', () => {
    const result = importFile('doc.html', GOOGLE_DOCS_HTML);
    expect(scanBody(result.body).footnotes.map((note) => note.text)).toEqual(['See the archive.', 'Second note.']);
    expect(linkedNotes(result)).toEqual([['the archive → https://archive.example/x?a=1'], []]);
    expect(allLinks(result)).toEqual(['https://gov.example/report']);
    const text = textOf(result);
    // (Google Docs writes a no-break space after the marker; it is kept as written.)
    expect(text.startsWith('The report[1]\u00A0was published by the ministry (https://gov.example/report).[2]\n')).toBe(true);
    // A comment is neither a footnote nor text of the article: marker and comment go.
    expect(text).not.toMatch(/reviewer|\[a\]/);
    expect(result.warnings).toEqual(['A reviewer’s comment was left out: comments are not part of the article.']);
    expect(JSON.stringify(result.body)).not.toContain('google.com/url');
  });

  it('takes the Title paragraph as the headline and the Subtitle as the dek', () => {
    const titled = GOOGLE_DOCS_HTML.replace(
      '<p class="c2">',
      '<p class="c11 title" id="h.gjdgxs"><span class="c10">Ministry report published</span></p><p class="c12 subtitle" id="h.30j0zll"><span class="c10">Critics call it late</span></p><p class="c2">',
    );
    const result = importFile('doc.html', titled);
    expect(result.meta.headline).toBe('Ministry report published');
    expect(result.meta.dek).toBe('Critics call it late');
    expect(textOf(result).startsWith('The report[1]')).toBe(true);
    // Another page's "title" class is not Google Docs' Title style.
    expect(importFile('page.html', '<p class="title">Not a heading</p><p>Text.</p>')).toEqual(importFile('page.html', '<p>Not a heading</p><p>Text.</p>'));
  });

  it('converts the same HTML when it is pasted into the editor', () => {
    const pasted = convertPaste(GOOGLE_DOCS_HTML);
    expect(scanBody(pasted.body).footnotes).toHaveLength(2);
    expect(JSON.stringify(pasted.body)).toContain('"url":"https://gov.example/report"');
  });
});

describe('footnotes in other HTML', () => {
  it('reads the WordPress footnotes block', () => {
    const result = importFile('post.html', WORDPRESS_HTML);
    expect(textOf(result)).toBe('Turnout was 61 per cent[1], up from 52[2].\n\nNotes\n\n[1] Election Commission figures.\n[2] In 2019 (https://example.org/2019).\n');
  });

  it('reads back Galley’s own HTML export, and leaves ordinary same-page links alone', () => {
    const exported = '<p>Claim<sup id="fnref-1"><a href="#fn-1">1</a></sup>. <a href="#part-2">Jump to part 2</a>.</p><h2 id="part-2">Part 2</h2><section class="footnotes"><ol><li id="fn-1">Our note. <a href="#fnref-1">↩</a></li></ol></section>';
    const result = importFile('galley.html', exported);
    expect(scanBody(result.body).footnotes.map((note) => note.text)).toEqual(['Our note.']);
    expect(textOf(result)).toContain('Claim[1]. Jump to part 2.\n\nPart 2');
  });

  it('marks bracketed references in running text as dangling when the page has no notes', () => {
    const result = importFile('page.html', '<p>As reported [8][9], the talks continue.[17]</p><pre>array[1]</pre>');
    const labels = blocksOf(result).flatMap((block) => (block.kind === 'paragraph' ? block.children : [])).filter((inline) => inline.kind === 'reference');
    expect(labels).toEqual([
      { kind: 'reference', label: '8' },
      { kind: 'reference', label: '9' },
      { kind: 'reference', label: '17' },
    ]);
    expect(textOf(result)).toContain('array[1]');
  });
});
