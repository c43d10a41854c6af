import { describe, expect, it } from 'vitest';
import { checkUnsourcedArticle } from '../../../shared/checks/sources/unsourced';
import { article, citation, footnote, heading, para, source, withSources } from './source-fixtures';

const none = withSources([]);

describe('ARTICLE_UNSOURCED', () => {
  it('warns once, at the first statement of fact, when the body cites nothing', () => {
    const findings = checkUnsourcedArticle(
      article([heading('In 2026, a budget'), para('A quiet morning.'), para('The mayor said the deficit is 4%.'), para('“We will cut nothing at all,” she added.')]),
      none,
    );
    expect(findings).toEqual([
      {
        code: 'ARTICLE_UNSOURCED',
        severity: 'warn',
        message: expect.stringContaining('cites no source'),
        location: { kind: 'text', block: 2, offset: 10, length: 4 },
      },
    ]);
  });

  it.each([
    ['a number', 'Turnout was 61 percent.'],
    ['a quotation', 'She called it “the worst budget in a decade”.'],
    ['an attribution', 'According to the treasurer, reserves are low.'],
  ])('treats %s as a statement of fact', (_what, text) => {
    expect(checkUnsourcedArticle(article([para(text)]), none)).toHaveLength(1);
  });

  it('finds nothing in opinion without facts, or once anything is cited or footnoted', () => {
    expect(checkUnsourcedArticle(article([para('What a lovely day for a walk.')]), none)).toEqual([]);
    const s = source();
    expect(checkUnsourcedArticle(article([para('The mayor said ', citation([s.id], 'the deficit is 4%'), '.')]), withSources([s]))).toEqual([]);
    expect(checkUnsourcedArticle(article([para('The deficit is 4%.', footnote('Treasury figures.'))]), none)).toEqual([]);
  });

  it('reads attribution verbs only in English, numbers and quotations in any language', () => {
    expect(checkUnsourcedArticle(article([para('Il a dit que tout va bien.')], { language: 'fr' }), none)).toEqual([]);
    expect(checkUnsourcedArticle(article([para('Le déficit atteint 4 %.')], { language: 'fr' }), none)).toHaveLength(1);
  });
});

describe('ARTICLE_UNSOURCED and dates', () => {
  it('does not take a bare year for a figure', () => {
    expect(checkUnsourcedArticle(article([para('Since 2014 the bridge has been closed.')]), withSources([]))).toEqual([]);
    expect(checkUnsourcedArticle(article([para('Since 2014 the toll rose by 2014 percent.')]), withSources([]))[0]?.location).toEqual({
      kind: 'text',
      block: 0,
      offset: 28,
      length: 12,
    });
  });
});
