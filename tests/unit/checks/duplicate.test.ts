import { describe, expect, it } from 'vitest';
import { checkDuplicateSources } from '../../../shared/checks/sources/duplicate';
import { article, confidentialInterview, para, source, withSources } from './source-fixtures';

describe('SOURCE_DUPLICATE', () => {
  it('warns when two sources share an address, however it is written', () => {
    const first = source({ title: 'Budget', url: 'https://www.city.example.org/budget/?utm_source=x#top' });
    const second = source({ title: 'Budget page', url: 'http://city.example.org/budget' });
    expect(checkDuplicateSources(article([para('x')]), withSources([first, second]))).toEqual([
      {
        code: 'SOURCE_DUPLICATE',
        severity: 'warn',
        message: expect.stringMatching(/“Budget page” is the same source as “Budget” \(same address\)/),
        location: { kind: 'source', sourceId: second.id },
      },
    ]);
  });

  it('warns when two sources share title and publisher, ignoring case and punctuation', () => {
    const first = source({ title: 'Annual Report 2025', publisher: 'The Ministry', url: '' });
    const second = source({ title: 'annual report, 2025', publisher: 'the ministry.', url: '' });
    const [finding] = checkDuplicateSources(article([para('x')]), withSources([first, second]));
    expect(finding?.message).toContain('(same title and publisher)');
  });

  it('does not confuse different pages, or two interviews of different people with the same title', () => {
    const a = source({ url: 'https://example.org/a' });
    const b = source({ url: 'https://example.org/b', title: 'Other' });
    const one = confidentialInterview('Jane Doe');
    const other = { ...confidentialInterview('John Roe'), title: one.title };
    expect(checkDuplicateSources(article([para('x')]), withSources([a, b, one, other]))).toEqual([]);
  });
});
