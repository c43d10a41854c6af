import { describe, expect, it, vi } from 'vitest';
import { contextMenuTemplate } from '../../../electron/app/context-menu';

const editFlags = {
  canUndo: true,
  canRedo: true,
  canCut: true,
  canCopy: true,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: true,
};

function fakeContents() {
  return {
    replaceMisspelling: vi.fn(),
    session: { addWordToSpellCheckerDictionary: vi.fn(() => true) },
  };
}

describe('the context menu', () => {
  it('offers spelling suggestions that replace the misspelt word', () => {
    const contents = fakeContents();
    const template = contextMenuTemplate(
      { misspelledWord: 'goverment', dictionarySuggestions: ['government'], isEditable: true, selectionText: '', editFlags },
      contents,
    );
    const suggestion = template.find((item) => item.label === 'government');
    (suggestion?.click as () => void)();
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('government');
  });

  it('can add a name the dictionary does not know', () => {
    const contents = fakeContents();
    const template = contextMenuTemplate(
      { misspelledWord: 'Zelenskiy', dictionarySuggestions: [], isEditable: true, selectionText: '', editFlags },
      contents,
    );
    expect(template.find((item) => item.label === 'No Suggestions')?.enabled).toBe(false);
    (template.find((item) => item.label === 'Add to Dictionary')?.click as () => void)();
    expect(contents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('Zelenskiy');
  });

  it('offers only copy on selected text that cannot be edited', () => {
    const template = contextMenuTemplate(
      { misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: 'a quote', editFlags },
      fakeContents(),
    );
    expect(template.map((item) => item.role)).toEqual(['copy']);
  });

  it('offers nothing where there is nothing to do', () => {
    const template = contextMenuTemplate(
      { misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: '', editFlags },
      fakeContents(),
    );
    expect(template).toEqual([]);
  });
});
