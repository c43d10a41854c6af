import { describe, expect, it } from 'vitest';
import { checkUnusedSources } from '../../../shared/checks/sources/unused';
import { article, citation, footnote, para, source, withSources } from './source-fixtures';

describe('SOURCE_UNUSED', () => {
  it('notes each attached source that nothing cites, and not those cited in the text or in a footnote', () => {
    const inText = source({ title: 'In the text' });
    const inNote = source({ title: 'In a note', url: 'https://example.org/note' });
    const idle = source({ title: 'Never cited', url: 'https://example.org/idle' });
    const findings = checkUnusedSources(
      article([para(citation([inText.id], 'words'), footnote('See.', [inNote.id]))]),
      withSources([inText, inNote, idle]),
    );
    expect(findings).toEqual([
      {
        code: 'SOURCE_UNUSED',
        severity: 'info',
        message: expect.stringContaining('“Never cited” is attached but cited nowhere'),
        location: { kind: 'source', sourceId: idle.id },
      },
    ]);
  });
});
