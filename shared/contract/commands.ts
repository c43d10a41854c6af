/**
 * The commands a person can give: from the native menu (Electron sends them as
 * `menu.command` events), a keyboard shortcut or a button. The menu and the renderer
 * both take their names from here, so a menu item can never name a command the window
 * does not know.
 */
export const APP_COMMANDS = [
  'article.new',
  'document.save',
  'version.save',
  'format.bold',
  'format.italic',
  'format.underline',
  'format.strikethrough',
  'format.heading1',
  'format.heading2',
  'format.heading3',
  'format.paragraph',
  'format.bulletList',
  'format.numberedList',
  'format.quote',
  'format.link',
  'format.cite',
  'format.footnote',
  'edit.undo',
  'edit.redo',
  'view.toggleTheme',
  'view.search',
  // Review: comment on the selected words, mark them as a claim.
  'review.comment',
  'review.claim',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

/** Undo and redo are not menu commands: the menu uses the native roles, which reach Lexical as history input events. */
export type MenuCommand = Exclude<AppCommand, 'edit.undo' | 'edit.redo'>;
export const MENU_COMMANDS: readonly MenuCommand[] = APP_COMMANDS.filter(
  (command): command is MenuCommand => command !== 'edit.undo' && command !== 'edit.redo',
);
