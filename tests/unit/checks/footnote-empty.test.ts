import { describe, expect, it } from 'vitest';
import { checkEmptyFootnotes } from '../../../shared/checks/sources/footnote-empty';
import { article, footnote, para, withSources } from './source-fixtures';

describe('FOOTNOTE_EMPTY', () => {
  it('blocks a footnote with no text (or only spaces), numbered as a reader sees it', () => {
    const empty = footnote('   ', [], '9d7e8f10-1a2b-4c3d-8e4f-5a6b7c8d9e0f');
    const findings = checkEmptyFootnotes(article([para('One', footnote('A real note.')), para('Two', empty)]), withSources([]));
    expect(findings).toEqual([
      {
        code: 'FOOTNOTE_EMPTY',
        severity: 'block',
        message: 'Footnote 2 has no text. Write the note, or delete its marker.',
        location: { kind: 'footnote', noteId: '9d7e8f10-1a2b-4c3d-8e4f-5a6b7c8d9e0f' },
      },
    ]);
  });

  it('finds nothing when every note has text', () => {
    expect(checkEmptyFootnotes(article([para('One', footnote('Note.'))]), withSources([]))).toEqual([]);
  });
});
