import type { ContextMenuParams, Menu, MenuItemConstructorOptions, WebContents } from 'electron';

type SpellingTarget = Pick<WebContents, 'replaceMisspelling'> & {
  session: Pick<WebContents['session'], 'addWordToSpellCheckerDictionary'>;
};

/**
 * Electron underlines misspellings but offers no menu of its own; without this,
 * spell-check would show errors and give no way to fix them.
 */
export function contextMenuTemplate(
  params: Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'>,
  contents: SpellingTarget,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (params.misspelledWord !== '') {
    for (const suggestion of params.dictionarySuggestions) {
      items.push({ label: suggestion, click: () => contents.replaceMisspelling(suggestion) });
    }
    if (params.dictionarySuggestions.length === 0) items.push({ label: 'No Suggestions', enabled: false });
    items.push({
      label: 'Add to Dictionary',
      click: () => {
        contents.session.addWordToSpellCheckerDictionary(params.misspelledWord);
      },
    });
    items.push({ type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', enabled: params.editFlags.canCut },
      { role: 'copy', enabled: params.editFlags.canCopy },
      { role: 'paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy' });
  }
  return items;
}

export function installContextMenu(contents: WebContents, menu: Pick<typeof Menu, 'buildFromTemplate'>): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, contents);
    if (template.length > 0) menu.buildFromTemplate(template).popup();
  });
}
