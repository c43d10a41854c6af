import type { MenuItemConstructorOptions } from 'electron';

import { MENU_COMMANDS, type MenuCommand } from '../../shared/contract/commands';

/** The menu names commands and gives them keys; the renderer owns what each one does. */
export { MENU_COMMANDS, type MenuCommand };

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Devtools and reload are for people working on Galley, not in the packaged app. */
  isDevelopment: boolean;
  sendCommand: (command: MenuCommand) => void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  // The item id is the command, so tests (and the smoke suite) can find an item by it.
  const command = (
    id: MenuCommand,
    label: string,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => options.sendCommand(id),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // "&" marks the Alt-key mnemonic on Windows and Linux; macOS has no mnemonics.
  const topLabel = (label: string): string => (isMac ? label.replace('&', '') : label);

  const file: MenuItemConstructorOptions = {
    label: topLabel('&File'),
    submenu: [
      command('article.new', 'New Article', 'CmdOrCtrl+N'),
      command('document.save', 'Save Now', 'CmdOrCtrl+S'),
      command('version.save', 'Save Version…', 'CmdOrCtrl+Shift+S'),
      separator,
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  // Undo and redo are the native roles: in a text field they undo typing there, and in
  // the body Chromium turns them into historyUndo/historyRedo input events that Lexical's
  // own history handles. The clipboard items use roles so paste sanitising applies.
  const edit: MenuItemConstructorOptions = {
    label: topLabel('&Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      separator,
      { role: 'selectAll' },
    ],
  };

  const format: MenuItemConstructorOptions = {
    label: topLabel('F&ormat'),
    submenu: [
      command('format.bold', 'Bold', 'CmdOrCtrl+B'),
      command('format.italic', 'Italic', 'CmdOrCtrl+I'),
      command('format.underline', 'Underline', 'CmdOrCtrl+U'),
      command('format.strikethrough', 'Strikethrough', 'CmdOrCtrl+Shift+X'),
      separator,
      command('format.heading1', 'Heading 1', 'CmdOrCtrl+Alt+1'),
      command('format.heading2', 'Heading 2', 'CmdOrCtrl+Alt+2'),
      command('format.heading3', 'Heading 3', 'CmdOrCtrl+Alt+3'),
      command('format.paragraph', 'Paragraph', 'CmdOrCtrl+Alt+0'),
      command('format.bulletList', 'Bulleted List', 'CmdOrCtrl+Shift+8'),
      command('format.numberedList', 'Numbered List', 'CmdOrCtrl+Shift+7'),
      command('format.quote', 'Block Quote', 'CmdOrCtrl+Alt+Q'),
      separator,
      command('format.link', 'Link…', 'CmdOrCtrl+K'),
      command('format.cite', 'Cite…', 'CmdOrCtrl+Alt+C'),
      command('format.footnote', 'Insert Footnote', 'CmdOrCtrl+Alt+F'),
      separator,
      command('review.comment', 'Comment…', 'CmdOrCtrl+Alt+M'),
      command('review.claim', 'Mark Claim', 'CmdOrCtrl+Alt+K'),
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = options.isDevelopment
    ? [separator, { role: 'reload' }, { role: 'toggleDevTools' }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: topLabel('&View'),
    submenu: [
      command('view.search', 'Search Articles…', 'CmdOrCtrl+Shift+F'),
      command('view.toggleTheme', 'Toggle Dark Theme'),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...developerItems,
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu' };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ role: 'about', label: 'About Galley' }],
  };

  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    file,
    edit,
    format,
    view,
    windowMenu,
    help,
  ];
}
