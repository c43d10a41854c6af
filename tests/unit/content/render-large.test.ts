import { describe, expect, it } from 'vitest';
import { renderBodyHtml } from '../../../shared/content/render/html';
import { renderBodyMarkdown } from '../../../shared/content/render/markdown';
import { renderBodyPlainText } from '../../../shared/content/render/text';
import { TEXT_FORMAT } from '../../../shared/content/render/text-format';
import type { Inline } from '../../../shared/content/render/tree';
import { article, br, p, text } from './helpers';

describe('renderers on large and hostile bodies', () => {
  // Shapes that make naive code quadratic (re-trimming a growing string at every line
  // break, backtracking over long runs of spaces) or overflow the stack (spreading
  // hundreds of thousands of nodes into a call).
  const manyBreaks: Inline[] = [];
  for (let i = 0; i < 150_000; i += 1) manyBreaks.push(text(`line ${i} `), br);
  const { body } = article([
    ...Array.from({ length: 5_000 }, (_, i) => p(text(`Paragraph ${i} with `), text('bold', TEXT_FORMAT.bold), text(' words.'))),
    { kind: 'paragraph', direction: null, children: manyBreaks },
    p(text(`${' '.repeat(1_000_000)}x`, TEXT_FORMAT.bold), text(' after')),
  ]);

  for (const [name, render] of [
    ['HTML', renderBodyHtml],
    ['Markdown', renderBodyMarkdown],
    ['plain text', renderBodyPlainText],
  ] as const) {
    it(`renders ${name} in time proportional to the body`, () => {
      const started = performance.now();
      const output = render(body);
      expect(output).toContain('line 149999');
      expect(output).toContain('Paragraph 4999');
      // Typically a few hundred milliseconds; quadratic code takes minutes.
      expect(performance.now() - started).toBeLessThan(10_000);
    });
  }
});
