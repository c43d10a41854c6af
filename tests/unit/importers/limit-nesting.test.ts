import { describe, expect, it } from 'vitest';
import { limitNesting } from '../../../electron/importers/html/limit-nesting';

describe('limitNesting', () => {
  it('leaves ordinary HTML exactly as it was', () => {
    const html = '<!DOCTYPE html><html><head><title>a < b</title><script>if (a<b) {}</script></head><body><p>One<p>Two<ul><li>x<li>y</ul><!-- <div> --></body></html>';
    expect(limitNesting(html)).toBe(html);
  });

  it('removes start tags past 256 open elements, and their end tags, but never text', () => {
    const html = `${'<div>'.repeat(300)}deep${'</div>'.repeat(300)}after`;
    const limited = limitNesting(html);
    expect(limited).toBe(`${'<div>'.repeat(256)}deep${'</div>'.repeat(256)}after`);
  });

  it('counts siblings that close each other, such as list items, only once', () => {
    const items = '<ul>' + '<li>item'.repeat(1_000) + '</ul>';
    expect(limitNesting(items)).toBe(items);
  });

  it('reads quotes only in attribute values and skips raw text, comments and CDATA', () => {
    const html = `<a title="<div><div>" data-x='>'>x</a><style>${'<div>'.repeat(300)}</style><!--${'<div>'.repeat(300)}--><![CDATA[${'<div>'.repeat(300)}]]>`;
    expect(limitNesting(html)).toBe(html);
  });

  it('stops where the input ends inside a tag, as a parser would', () => {
    const html = `<a href="unterminated ${'<div>'.repeat(300)}`;
    expect(limitNesting(html)).toBe(html);
  });
});
