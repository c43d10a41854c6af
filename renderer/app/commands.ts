/**
 * Commands a user can give from the native menu (Electron sends them as `menu.command`
 * events), from a keyboard shortcut or from a button. Each part of the window handles the
 * ones it owns; the same command does the same thing whichever way it came.
 */
export const APP_COMMANDS = [
  'article.new',
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
  'document.save',
  'view.toggleTheme',
  'view.search',
] as const;

export type AppCommand = (typeof APP_COMMANDS)[number];

export const isAppCommand = (value: string): value is AppCommand =>
  (APP_COMMANDS as readonly string[]).includes(value);

type CommandListener = (command: AppCommand) => boolean | void;

const listeners = new Set<CommandListener>();

/** Runs a command; listeners are asked newest first and the first to return true handles it. */
export function runCommand(command: AppCommand): boolean {
  for (const listener of [...listeners].reverse()) {
    if (listener(command) === true) return true;
  }
  return false;
}

export function onCommand(listener: CommandListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
