import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/importers/index';
import { br, p, text } from '../content/helpers';
import { blocksOf, textOf } from './helpers';

describe('plain text import', () => {
  it('takes a short first line followed by a blank line as the headline', () => {
    const result = importFile('story.txt', 'Floods reach Sukkur\n\nThe Indus crested overnight.\n\nThousands moved to camps.\n');
    expect(result.meta.headline).toBe('Floods reach Sukkur');
    expect(blocksOf(result)).toEqual([p(text('The Indus crested overnight.')), p(text('Thousands moved to camps.'))]);
  });

  it('does not take a sentence, a long line or a lone paragraph as the headline', () => {
    expect(importFile('a.txt', 'It rained all night in the city.\n\nMore text.').meta.headline).toBeUndefined();
    expect(importFile('b.txt', `${'word '.repeat(40)}\n\nMore text.`).meta.headline).toBeUndefined();
    expect(importFile('c.txt', 'Only one paragraph').meta.headline).toBeUndefined();
    expect(importFile('d.txt', 'Line one\nline two\n\nMore.').meta.headline).toBeUndefined();
  });

  it('joins hard-wrapped lines with spaces and keeps short lines (verse, addresses) as line breaks', () => {
    const wrapped =
      'The provincial government announced on Tuesday that relief camps would\n' +
      'remain open until the end of the month, citing continued flooding in\n' +
      'low-lying districts.';
    const verse = 'Roses are red,\nviolets are blue,\nsugar is sweet.';
    const result = importFile('x.txt', `${wrapped}\n\n${verse}\r\n\r\n- first\n- second`);
    expect(blocksOf(result)).toEqual([
      p(text(wrapped.replace(/\n/g, ' '))),
      p(text('Roses are red,'), br, text('violets are blue,'), br, text('sugar is sweet.')),
      p(text('- first'), br, text('- second')),
    ]);
  });

  it('removes control characters and a byte-order mark', () => {
    const result = importFile('x.txt', '\uFEFFbell\u0007 and null\u0000 here');
    expect(textOf(result)).toBe('bell and null here\n');
  });
});
