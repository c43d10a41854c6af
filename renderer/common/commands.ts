import { APP_COMMANDS, type AppCommand } from '../../shared/contract/commands';

/** Each part of the window handles the commands it owns; a command does the same thing whichever way it came. */
export { APP_COMMANDS, type AppCommand };

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
