import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FOLDING_RANGES, foldForSearch, lettersFoldingTo, searchTerms, snippetByScan, snippetFor } from '../../../electron/articles/snippet';
import { toFtsQuery } from '../../../electron/articles/search-query';

describe('search snippets', () => {
  const text =
    'Opening words of the story. The council met on Tuesday and the Zürich delegation argued for a bigger harbour budget, ' +
    'which the mayor rejected after a long night of talks with everyone involved in the plan.';

  it('shows the words around the first match, with ellipses where text was cut', () => {
    expect(snippetFor(text, 'budget')).toBe('…delegation argued for a bigger harbour budget, which the mayor rejected after a long night of…');
  });

  it('matches regardless of case and accents, as the index does', () => {
    expect(snippetFor(text, 'ZURICH')).toContain('Zürich delegation');
  });

  it('matches the last word as a prefix, for search as you type', () => {
    expect(snippetFor(text, 'harb')).toContain('harbour budget');
    expect(snippetFor(text, 'harb mayor')).toContain('the mayor');
  });

  it('starts at the beginning without an ellipsis when the match is near the start', () => {
    expect(snippetFor(text, 'opening')).toMatch(/^Opening words of the story/);
  });

  it('is empty when nothing matches or the query has no words', () => {
    expect(snippetFor(text, 'volcano')).toBe('');
    expect(snippetFor(text, '  "" :: ')).toBe('');
  });
});

describe('search queries', () => {
  it('quotes every word so that FTS5 syntax in the input is plain text', () => {
    expect(toFtsQuery('budget OR "cup" NEAR(a b)')).toBe('"budget" "OR" "cup" "NEAR" "a" "b"*');
  });

  it('has nothing to search for in punctuation alone', () => {
    expect(toFtsQuery(' :: "" ')).toBeNull();
  });
});

describe('the fast snippet path', () => {
  // Words drawn so that terms recur, differ only by case or accents, or are prefixes of others.
  // Also accents written as separate marks, the Kelvin sign, dotted İ, ß and Greek, and the
  // curly quotes and dashes that real copy is full of.
  const word = fc.constantFrom(
    'budget', 'Budget', 'BUDGETS', 'budgé', 'bùdget', 'bude\u0301get', 'harbour', 'Zürich', 'zurich', 'mayor', 'ſaid', 'said',
    'x', 'supercalifragilisticexpialidociousandthensomemore', '2024', 'naïve', '\u212Aelvin', 'kelvin', 'İstanbul',
    'Straße', 'STRASSE', 'Αθήνα', 'αθηνα', 'Marović', 'marovic', 'o’clock',
    '\u{1D400}lpha', '\u{10400}\u{10428}', 'x\u{1D41B}budget',
  );
  const gap = fc.constantFrom(' ', ', ', '. ', '\n', ' — ', '-', ' “', '” ', '’s ');
  const text = fc.array(fc.tuple(word, gap), { maxLength: 80 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
  const query = fc
    .array(fc.constantFrom('budget', 'bud', 'zurich', 'said', 'mayor', 'naive', 'x', 'supercali', '2024', 'kelvin', 'istanbul', 'straße', 'Αθηνα', 'marovic', 'clock'), { minLength: 1, maxLength: 3 })
    .map((q) => q.join(' '));

  it('gives exactly the excerpt that reading word by word gives', () => {
    fc.assert(
      fc.property(text, query, (t, q) => {
        expect(snippetFor(t, q)).toBe(snippetByScan(t, searchTerms(q)));
      }),
      { numRuns: 2000, seed: 20261122 },
    );
  });
});

describe('the letters that fold to each ASCII letter', () => {
  it('are all inside the ranges the pattern is built from, across the whole of Unicode', () => {
    const outside: string[] = [];
    const inRanges = (code: number) => code < 0x80 || FOLDING_RANGES.some(([from, to]) => code >= from && code <= to);
    for (let code = 0x80; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (!/[\p{L}\p{N}]/u.test(char)) continue;
      // A letter outside the ranges that folds to ASCII would be missed by the fast path.
      if (/^[a-z0-9]+$/.test(foldForSearch(char)) && !inRanges(code)) outside.push(code.toString(16));
    }
    expect(outside).toEqual([]);
  });

  it('include accented forms, upper case and the Kelvin sign', () => {
    const table = lettersFoldingTo();
    expect(table.get('c')).toContain('ć');
    expect(table.get('c')).toContain('Č');
    expect(table.get('k')).toContain('\u212A');
    expect(table.get('s')).not.toContain('ſ');
  });
});

