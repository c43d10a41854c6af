import { describe, expect, it } from 'vitest';
import { articleJsonLd, renderJsonLd } from '../../../shared/content/render/jsonld';
import { emptyMeta } from '../../../shared/domain/article';
import { bodyOf } from '../../support/bodies';
import { citation, confidentialInterview, footnote, para, source } from '../checks/source-fixtures';

const meta = {
  ...emptyMeta(),
  headline: 'Bridge reopens',
  dek: 'After two years of repairs',
  bylines: ['Ana Ruiz', ' '],
  section: 'City',
  tags: ['transport', 'bridges'],
  language: 'en-GB',
};

describe('JSON-LD export', () => {
  const report = source({ title: 'Engineers’ report', url: 'https://city.example.org/report', publisher: 'City Hall', author: 'B. Engineer', publishedDate: '2026-02-01' });
  const secret = confidentialInterview('Jane Doe');
  const idle = source({ title: 'Not cited' });
  const body = bodyOf(
    para('The bridge ', citation([report.id], 'reopened on Monday'), '.', footnote('An official confirmed it.', [secret.id, report.id])),
  );

  it('is a schema.org NewsArticle with the metadata, the text and a citation per cited source in order', () => {
    expect(articleJsonLd({ meta, body, updatedAt: '2026-03-01T09:00:00.000Z' }, [idle, secret, report])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Bridge reopens',
      description: 'After two years of repairs',
      author: [{ '@type': 'Person', name: 'Ana Ruiz' }],
      articleSection: 'City',
      keywords: ['transport', 'bridges'],
      inLanguage: 'en-GB',
      dateModified: '2026-03-01T09:00:00.000Z',
      articleBody: expect.stringContaining('The bridge reopened on Monday.'),
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'Engineers’ report',
          url: 'https://city.example.org/report',
          publisher: { '@type': 'Organization', name: 'City Hall' },
          author: { '@type': 'Person', name: 'B. Engineer' },
          datePublished: '2026-02-01',
        },
        { '@type': 'CreativeWork', name: '[confidential source]' },
      ],
    });
  });

  it('never carries anything of a confidential source but the placeholder', () => {
    const text = renderJsonLd({ meta, body, updatedAt: '2026-03-01T09:00:00.000Z' }, [secret, report]);
    expect(text).not.toMatch(/Jane|Doe|7946|ministry/i);
  });

  it('leaves out what is empty, and cannot close a script element it is embedded in', () => {
    const bare = renderJsonLd({ meta: { ...emptyMeta(), headline: 'A </script><b>' }, body: bodyOf(para('')), updatedAt: '2026-03-01T09:00:00.000Z' }, []);
    const parsed = JSON.parse(bare) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['@context', '@type', 'headline', 'inLanguage', 'dateModified']);
    expect(parsed.headline).toBe('A </script><b>');
    expect(bare).not.toContain('</script>');
  });
});
