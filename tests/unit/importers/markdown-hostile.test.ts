import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/importers/index';
import { parseMarkdownBlocks } from '../../../electron/importers/markdown/blocks';
import { markdownToHtml } from '../../../electron/importers/markdown/to-html';
import { textOf } from './helpers';

/**
 * Inputs that made `marked` (the obvious library) take minutes or crash, measured when
 * choosing the parser: 24 KB of `[a](` took 440 s, 48 KB of `_a ` 17 s, 600 KB of lazy
 * quote lines 95 s, deep indentation ran out of memory. A parser that is linear handles
 * each 100 KB case here in milliseconds; anything quadratic takes many seconds.
 *
 * micromark 4.0.3 with micromark-extension-gfm 3.0.0 through mdast-util-from-markdown 2.1.0
 * (the maintained CommonMark parser built for hostile input) was measured on this corpus
 * in December 2026, on the same busy 2-core machine as our reader (all under 0.5 s per case):
 * 10 of 22 cases within the 3 s bound; 7 between 3.9 and 8.8 s (unclosed link destinations
 * and titles, nested parentheses, open brackets, lazy list lines, reference links,
 * everything special); close brackets, lazy quote lines, setext underlines and 2,000-level
 * lists over 20 s; 10,000 nested quotes overflowed the stack. So our reader stays.
 */
const SIZE = 100_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));
const HOSTILE: Record<string, string> = {
  'unclosed emphasis': repeat('*a '),
  'unclosed underscores': repeat('_a '),
  'unclosed strong': repeat('**a '),
  'unclosed strikethrough': repeat('~~a '),
  'unclosed link destinations': repeat('[a]('),
  'nested parentheses in destinations': repeat('[a](b(c)'),
  'unclosed link titles': repeat('[a](b "'),
  'open brackets': repeat('[['),
  'close brackets': repeat(']]'),
  'unclosed code spans': repeat('`a '),
  'unclosed angle brackets': repeat('<a '),
  'unclosed autolinks': repeat('<http://a '),
  'unclosed comments': repeat('<!-- '),
  'bare URLs with parentheses': repeat(`http://x.example/${')'.repeat(20)} `),
  'lazy quote continuation': repeat('> a\nb\n'),
  'list items with lazy lines': repeat('- a\nb\n'),
  'setext underlines': repeat('a\n=\n'),
  'reference links': `[a]: https://example.com\n\n${repeat('[a] [a][a] [a][] ')}`,
  'long run of spaces in a heading': `# ${' '.repeat(SIZE)}x`,
  'everything special': repeat('*_~`[]()!<>&\\\n'),
};

describe('Markdown import on hostile input', () => {
  for (const [name, source] of Object.entries(HOSTILE)) {
    it(`parses ${name} in linear time`, () => {
      const started = performance.now();
      const html = markdownToHtml(parseMarkdownBlocks(source), []);
      const elapsed = performance.now() - started;
      expect(html.length).toBeGreaterThan(0);
      // Typically well under 100 ms; the bound leaves room for a slow, busy machine.
      expect(elapsed).toBeLessThan(3_000);
    });
  }

  it('caps nesting of quotes and lists instead of recursing without end', () => {
    const quotes = importFile('q.md', `${'>'.repeat(10_000)} deep quote`);
    expect(textOf(quotes)).toContain('deep quote');
    const lists = importFile('l.md', Array.from({ length: 2_000 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n'));
    expect(textOf(lists)).toContain('level 1999');
  });
});
