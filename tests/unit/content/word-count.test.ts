import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../shared/content/text';

describe('word count', () => {
  it.each([
    ['', 0],
    ['The council voted.', 3],
    ["It's a well-known 3.5% rise", 5],
    ['کراچی میں بارش', 3],
    ['  spaced   out\n\nlines ', 3],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('survives ten million letters without a space instead of crashing the save', () => {
    expect(countWords('ب'.repeat(10_000_000))).toBeGreaterThan(0);
    expect(countWords('a-'.repeat(2_000_000))).toBeGreaterThan(0);
  });

  it('gives reading time at 230 words a minute, at least a minute for any text', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(12)).toBe(1);
    expect(readingMinutes(20_000)).toBe(87);
  });
});
