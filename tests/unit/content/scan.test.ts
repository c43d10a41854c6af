import { describe, expect, it } from 'vitest';
import { scanBody, scannedBody } from '../../../shared/content/scan';
import { bodyOf, textNode } from '../../support/bodies';
import { citation, footnote, marker, para } from '../checks/source-fixtures';

describe('scanning a body for citations, footnotes and markers', () => {
  it('places citations by block and by text offset, counting line breaks and not footnote markers', () => {
    const body = bodyOf(
      para('First.'),
      para('Line one', { type: 'linebreak', version: 1 }, 'and ', footnote('A note', [], 'n-1'), citation(['s-1', 's-1', 's-2'], 'cited ', { type: 'link', version: 1, url: 'https://x.org', children: [textNode({ text: 'words' })] }), '.'),
    );
    const scan = scanBody(body);
    expect(scan.blocks.map((b) => b.text)).toEqual(['First.', 'Line one\nand cited words.']);
    expect(scan.citations).toEqual([{ ordinal: 0, sourceIds: ['s-1', 's-2'], locator: null, at: { block: 1, offset: 13, length: 11 } }]);
    expect(scan.footnotes).toEqual([{ number: 1, noteId: 'n-1', text: 'A note', sourceIds: [], at: { block: 1, offset: 13, length: 0 } }]);
  });

  it('numbers footnotes in document order across blocks and inside lists', () => {
    const list = {
      type: 'list',
      listType: 'bullet',
      version: 1,
      children: [{ type: 'listitem', version: 1, children: [textNode({ text: 'item' }), footnote('second', [], 'n-2')] }],
    };
    const scan = scanBody(bodyOf(para('a', footnote('first', [], 'n-1')), list, para(marker('8'))));
    expect(scan.footnotes.map((f) => [f.number, f.noteId, f.at.block, f.at.offset])).toEqual([
      [1, 'n-1', 0, 1],
      [2, 'n-2', 1, 4],
    ]);
    expect(scan.markers).toEqual([{ label: '8', at: { block: 2, offset: 0, length: 0 } }]);
  });

  it('keeps a valid locator and drops a malformed one, and ignores ids that are not strings', () => {
    // As a hostile or broken document might hold them: ids that are not strings.
    const withLocator = { ...citation([], 'x'), sourceIds: ['s-1', 7, null], locator: { kind: 'page', value: ' 12 ' } };
    const badLocator = { ...citation(['s-2'], 'y'), locator: { kind: 'chapter', value: '3' } };
    const scan = scanBody(bodyOf(para(withLocator, badLocator)));
    expect(scan.citations.map((c) => [c.sourceIds, c.locator])).toEqual([
      [['s-1'], { kind: 'page', value: '12' }],
      [['s-2'], null],
    ]);
  });

  it('survives nesting far deeper than the call stack allows', () => {
    let node: unknown = textNode({ text: 'deep' });
    for (let i = 0; i < 100_000; i += 1) node = { type: 'citation', sourceIds: ['s'], children: [node] };
    const scan = scanBody(bodyOf(para(node)));
    expect(scan.blocks[0]?.text).toBe('deep');
    expect(scan.citations).toHaveLength(100_000);
  });

  it('scans each body object once for every check that asks', () => {
    const body = bodyOf(para('x'));
    expect(scannedBody(body)).toBe(scannedBody(body));
  });
});
