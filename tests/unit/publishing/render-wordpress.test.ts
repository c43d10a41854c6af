import { describe, expect, it } from 'vitest';
import { renderWordPressBody } from '../../../shared/content/render/wordpress';
import { bodyOf } from '../../support/bodies';
import { confidentialInterview, footnote, para, source } from '../checks/source-fixtures';

describe('the WordPress dialect of the body', () => {
  it('writes data-fn markers and the notes as meta, never naming a confidential source', () => {
    const report = source({ title: 'Budget', url: 'https://city.example.org/b', publisher: 'City' });
    const insider = confidentialInterview('Jane Doe');
    const body = bodyOf(para('Fees rise', footnote('See the report.', [report.id], 'note-a'), ' and stay', footnote('Said an official.', [insider.id], 'note-b'), '.'));
    const out = renderWordPressBody(body, { sources: new Map([report, insider].map((s) => [s.id, s])) });
    expect(out.html).toBe(
      '<p>Fees rise<sup data-fn="note-a" class="fn"><a href="#note-a" id="note-a-link">1</a></sup> and stay<sup data-fn="note-b" class="fn"><a href="#note-b" id="note-b-link">2</a></sup>.</p>\n<!-- wp:footnotes /-->\n',
    );
    expect(out.footnotes).toEqual([
      { id: 'note-a', content: 'See the report. <a href="https://city.example.org/b" rel="noopener noreferrer">Budget, City</a>' },
      { id: 'note-b', content: 'Said an official.' },
    ]);
    expect(JSON.stringify(out)).not.toContain('Jane');
  });

  it('gives repeated or unusable note ids ids of their own', () => {
    const body = bodyOf(para('A', footnote('one', [], 'same'), 'B', footnote('two', [], 'same'), 'C', footnote('three', [], '"><script>')));
    const ids = renderWordPressBody(body).footnotes.map((note) => note.id);
    expect(ids).toEqual(['same', 'same-2', 'fn-3']);
  });

  it('has no footnotes block when there are no notes', () => {
    expect(renderWordPressBody(bodyOf(para('Plain.')))).toEqual({ html: '<p>Plain.</p>\n', footnotes: [] });
  });
});
