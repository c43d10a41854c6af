import { describe, expect, it } from 'vitest';
import { articleNinjs } from '../../../shared/content/render/ninjs';
import { renderHtml, renderMarkdown, renderPlainText } from '../../../shared/content/render';
import { article, p, text } from './helpers';

// What typing curls in the headline and standfirst is text like any other: every export keeps it.
describe('a headline and standfirst with curled quotes', () => {
  const curled = article([p(text('Body.'))], { headline: 'It’s “big”', dek: '‘Yes’ wins the ’90s vote' });

  it('keep their curled quotes in HTML, Markdown and plain text', () => {
    const html = renderHtml(curled);
    expect(html).toContain('<h1>It’s “big”</h1>');
    expect(html).toContain('‘Yes’ wins the ’90s vote');
    expect(renderMarkdown(curled)).toContain('# It’s “big”');
    expect(renderPlainText(curled)).toContain('It’s “big”\n\n‘Yes’ wins the ’90s vote\n');
  });

  it('keep their curled quotes in the ninjs sent to a publishing target', () => {
    const ninjs = articleNinjs({
      ...curled,
      uri: 'urn:galley:test',
      revisionNumber: 1,
      versionCreated: '2026-01-01T00:00:00.000Z',
      firstCreated: null,
      pubstatus: 'usable',
      images: [],
      correctionNote: null,
    });
    expect(ninjs.headlines).toEqual([{ role: 'main', value: 'It’s “big”' }]);
    expect(ninjs.descriptions?.[0]?.value).toBe('‘Yes’ wins the ’90s vote');
  });
});
