import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE_RULES } from '../../../shared/style/default-rules';
import { addNameCounts, compileStyle, isReportable, matchText, mixedGroups, type NameCounts } from '../../../shared/style/matcher';
import { StyleRulesSchema, describeRulesError, type StyleRulesInput } from '../../../shared/style/rules';

const rules = (overrides: Partial<StyleRulesInput> = {}) =>
  StyleRulesSchema.parse({
    preferredForms: [{ from: ['Kiev'], to: 'Kyiv' }],
    nameGroups: [{ preferred: 'Zelenskyy', variants: ['Zelensky', 'Zelenskiy'] }],
    bannedWords: [{ word: 'utilize', suggestion: 'use', reason: 'Jargon.' }],
    numbers: { enabled: true, spellOutBelow: 10, exceptions: ['percentages', 'ages', 'dates', 'measurements', 'money', 'times'] },
    ...overrides,
  });

const match = (text: string, input: Partial<StyleRulesInput> = {}) => matchText(compileStyle(rules(input)), text);
const fixes = (text: string, input: Partial<StyleRulesInput> = {}) => match(text, input).map((m) => [m.text, m.replacement]);

describe('house-style matcher: preferred forms and word boundaries', () => {
  it('finds a whole word with its offset and fix, including before a possessive or a hyphen', () => {
    const found = match('Troops left Kiev’s suburbs; Kiev-based analysts agree.');
    expect(found.map((m) => [m.rule, m.offset, m.length, m.replacement])).toEqual([
      ['preferred', 12, 4, 'Kyiv'],
      ['preferred', 28, 4, 'Kyiv'],
    ]);
    expect(found[0]!.message).toBe('House style is “Kyiv”, not “Kiev”.');
  });

  it('does not match inside a longer word, in Latin or Cyrillic', () => {
    expect(match('Kievan Rus and Kievский and MyKiev')).toEqual([]);
  });

  it('ignores case by default and keeps the case in the fix', () => {
    expect(fixes('KIEV at dawn; kiev at dusk. Utilize it.')).toEqual([
      ['KIEV', 'KYIV'],
      ['kiev', 'Kyiv'],
      ['Utilize', 'Use'],
    ]);
  });

  it('matches exactly when the rule says case matters', () => {
    const input = { preferredForms: [{ from: ['US'], to: 'U.S.', caseSensitive: true }] };
    expect(fixes('The US said to us', input)).toEqual([['US', 'U.S.']]);
  });

  it('matches a phrase across any whitespace and prefers the longest phrase', () => {
    const input = { preferredForms: [{ from: ['the Ukraine'], to: 'Ukraine' }, { from: ['Ukraine'], to: 'Ukrayina' }] };
    expect(fixes('Visit the\u00a0Ukraine', input)).toEqual([['the\u00a0Ukraine', 'Ukraine']]);
  });

  it('matches words in right-to-left text and not inside a longer Urdu word', () => {
    const input = { preferredForms: [{ from: ['کیف'], to: 'کیئف' }], bannedWords: [] };
    // کیف as a word, then inside کیفیت ("condition"), then followed by a combining mark, then joined with a ZWNJ.
    const text = 'کیف میں کیفیت خراب ہے۔ کیفِ کیف\u200Cی';
    const found = match(text, input);
    expect(found.map((m) => m.offset)).toEqual([0]);
  });

  it('leaves words in quotations alone when the rules say so', () => {
    const text = 'He said “we left Kiev” and went to Kiev.';
    expect(match(text).map((m) => m.offset)).toEqual([17, 35]);
    expect(match(text, { ignoreQuotations: true }).map((m) => m.offset)).toEqual([35]);
  });
});

describe('house-style matcher: banned words', () => {
  it('explains why and offers the suggestion; no fix without one', () => {
    const input = { bannedWords: [{ word: 'utilize', suggestion: 'use', reason: 'Jargon.' }, { word: 'synergy', reason: 'Say what combines.' }] };
    const found = match('We utilize synergy.', input);
    expect(found.map((m) => [m.rule, m.replacement, m.message])).toEqual([
      ['banned', 'use', 'Avoid “utilize”: Jargon. Try “use”.'],
      ['banned', null, 'Avoid “synergy”: Say what combines.'],
    ]);
  });
});

describe('house-style matcher: numbers', () => {
  const numbers = (text: string) => fixes(text).filter(([figure]) => /\d/.test(figure!));

  it('spells out one to nine, capitalised at the start of a sentence', () => {
    expect(numbers('3 ministers met 4 envoys and 12 aides. 7 left.')).toEqual([
      ['3', 'Three'],
      ['4', 'four'],
      ['7', 'Seven'],
    ]);
  });

  it('keeps figures for percentages, ages, dates, money, times and measurements', () => {
    expect(
      numbers('5% and 5 percent; a 6-year-old, aged 7; January 8 and 9 March; $3 and 4 euros; 5 p.m.; 3 km and 2 kg.'),
    ).toEqual([]);
  });

  it('keeps figures inside longer figures, references and after No. or page', () => {
    expect(numbers('3.5, 1,200, 3:30, 2/3, 3-5, [8], No. 4, page 2, F1, 3 million')).toEqual([]);
  });

  it('flags an excepted kind when the exception is turned off, and nothing when the rule is off', () => {
    const off = { numbers: { enabled: true, spellOutBelow: 10, exceptions: [] } };
    expect(fixes('5% rose', off)).toEqual([['5', 'Five']]);
    expect(fixes('I saw 3 cats', { numbers: { enabled: false, spellOutBelow: 10, exceptions: [] } })).toEqual([]);
  });
});

describe('house-style matcher: name groups', () => {
  it('counts spellings per group and reports only non-house spellings of mixed names', () => {
    const compiled = compileStyle(rules());
    const counts: NameCounts = new Map();
    const first = matchText(compiled, 'Zelensky spoke.');
    addNameCounts(counts, first);
    expect(mixedGroups(counts).size).toBe(0);
    const second = matchText(compiled, 'Zelenskiy and Zelenskyy replied.');
    addNameCounts(counts, second);
    const mixed = mixedGroups(counts);
    expect([...mixed]).toEqual([0]);
    expect([...first, ...second].filter((m) => isReportable(m, mixed, compiled.rules)).map((m) => [m.text, m.replacement])).toEqual([
      ['Zelensky', 'Zelenskyy'],
      ['Zelenskiy', 'Zelenskyy'],
    ]);
    addNameCounts(counts, second, -1);
    expect(mixedGroups(counts).size).toBe(0);
  });
});

describe('house-style rules', () => {
  it('ships defaults with Kyiv, the Zelenskyy group and numbers one to nine', () => {
    expect(DEFAULT_STYLE_RULES.preferredForms[0]).toMatchObject({ from: ['Kiev'], to: 'Kyiv' });
    expect(DEFAULT_STYLE_RULES.nameGroups[0]).toMatchObject({ preferred: 'Zelenskyy' });
    expect(DEFAULT_STYLE_RULES.numbers.spellOutBelow).toBe(10);
  });

  it('refuses a rule whose house form is also a form to replace, in plain words', () => {
    const result = StyleRulesSchema.safeParse({ ...rules(), preferredForms: [{ from: ['Kyiv'], to: 'kyiv' }] });
    expect(result.success).toBe(false);
    expect(describeRulesError(result.error!)).toBe(
      'Preferred forms, row 1: “Kyiv” is both the spelling to replace and the house form: remove it from the spellings to replace.',
    );
  });

  it('refuses an empty word', () => {
    const result = StyleRulesSchema.safeParse({ ...rules(), bannedWords: [{ word: '  ', reason: 'x' }] });
    expect(result.success).toBe(false);
    expect(describeRulesError(result.error!)).toMatch(/^Banned words, row 1: a word cannot be empty/);
  });
});
