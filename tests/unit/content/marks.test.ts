import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { emptyMeta } from '../../../shared/domain/article';
import { renderHtml, renderMarkdown, renderPlainText } from '../../../shared/content/render/index';
import { renderJsonLd } from '../../../shared/content/render/jsonld';
import { scanBody } from '../../../shared/content/scan';
import { contentOf, markRefsIn, stripMarks } from '../../../shared/content/marks';
import { validateBody } from '../../../shared/content/validate';
import { bodyOf, markNode, paragraphOf, textNode } from '../../support/bodies';
import { citation, source } from '../checks/source-fixtures';

const commentId = randomUUID();
const claimId = randomUUID();
const budget = source({ title: 'City budget 2026' });

/** The same words with and without comment and claim marks (one nested in a citation, one around bold text). */
const plain = bodyOf(
  paragraphOf('The council voted ', textNode({ text: '7 to 2', format: 1 }), ' on Tuesday. ', citation([budget.id], 'The bridge will cost 40 million.')),
);
const annotated = bodyOf(
  paragraphOf(
    'The council voted ',
    markNode([`comment:${commentId}`], textNode({ text: '7 to 2', format: 1 })),
    ' on Tuesday. ',
    citation([budget.id], markNode([`claim:${claimId}`, `comment:${commentId}`], 'The bridge will cost 40 million.')),
  ),
);
const article = (body: typeof plain) => ({ meta: { ...emptyMeta(), headline: 'Bridge', bylines: ['Wren'] }, body, updatedAt: '2026-05-01T10:00:00.000Z' });

describe('comment and claim marks are transparent', () => {
  it('load in the headless editor that validates every save', () => {
    expect(validateBody(annotated).text).toBe(validateBody(plain).text);
  });

  it('leave HTML, Markdown, plain text and JSON-LD exactly as without them, with no ids in them', () => {
    const sources = new Map([[budget.id, budget]]);
    const outputs = [
      [renderHtml(article(plain), { sources }), renderHtml(article(annotated), { sources })],
      [renderMarkdown(article(plain), { sources }), renderMarkdown(article(annotated), { sources })],
      [renderPlainText(article(plain)), renderPlainText(article(annotated))],
      [renderJsonLd(article(plain), [budget]), renderJsonLd(article(annotated), [budget])],
    ];
    for (const [without, withMarks] of outputs) {
      expect(withMarks).toBe(without);
      expect(withMarks).not.toContain(commentId);
      expect(withMarks).not.toContain('<mark');
    }
    expect(outputs[0]![1]).toContain('<strong>7 to 2</strong>');
  });

  it('count nothing in the scan’s places, and the scan says where each mark is', () => {
    const withMarks = scanBody(annotated);
    expect(withMarks.blocks).toEqual(scanBody(plain).blocks);
    expect(withMarks.citations.map((c) => c.at)).toEqual(scanBody(plain).citations.map((c) => c.at));
    expect(withMarks.marks).toEqual([
      { ids: [`comment:${commentId}`], at: { block: 0, offset: 18, length: 6 } },
      { ids: [`claim:${claimId}`, `comment:${commentId}`], at: { block: 0, offset: 37, length: 32 } },
    ]);
  });

  it('are found by kind, and taking them out gives the same content (split runs joined again)', () => {
    expect(markRefsIn(annotated)).toEqual(
      expect.arrayContaining([
        { kind: 'comment', id: commentId },
        { kind: 'claim', id: claimId },
      ]),
    );
    expect(markRefsIn(annotated)).toHaveLength(2);
    expect(contentOf(annotated)).toBe(contentOf(plain));
    expect(JSON.stringify(stripMarks(annotated))).not.toContain('"mark"');
    const split = bodyOf(paragraphOf('The council ', markNode([`comment:${commentId}`], 'voted'), ' on Tuesday.'));
    expect(contentOf(split)).toBe(contentOf(bodyOf(paragraphOf('The council voted on Tuesday.'))));
    expect(contentOf(split)).not.toBe(contentOf(bodyOf(paragraphOf('The council voted on Monday.'))));
    // What Lexical normalises when a mark is added (an empty run dropped, the caret's format) is not a change of content.
    const stored = bodyOf({ ...paragraphOf('The council ', textNode({ text: '' }), 'voted on Tuesday.'), textFormat: 1 });
    expect(contentOf(stored)).toBe(contentOf(split));
  });
});
