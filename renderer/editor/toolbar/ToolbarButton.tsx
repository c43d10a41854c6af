import type { ReactNode } from 'react';
import type { AppCommand } from '../../common/commands';
import { ariaShortcut, shortcutLabel } from '../../ui/platformKeys';
import { shortcutFor, shortcutsFor } from '../commands/shortcuts';

interface Props {
  label: string;
  /** The command whose shortcut the tooltip shows; none for buttons without a shortcut. */
  command?: AppCommand;
  /** Present for toggles (bold, a heading…): announced as pressed or not. */
  pressed?: boolean;
  disabled?: boolean;
  onRun: () => void;
  children: ReactNode;
}

/** A toolbar button with its shortcut in the tooltip; a mouse press leaves the caret where it was in the text. */
export function ToolbarButton({ label, command, pressed, disabled, onRun, children }: Props) {
  const shortcut = command === undefined ? null : shortcutFor(command);
  const tooltip = shortcut === null ? label : `${label} (${shortcutLabel(shortcut)})`;
  const ariaShortcuts = command === undefined ? '' : shortcutsFor(command).map(ariaShortcut).join(' ');
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={ariaShortcuts || undefined}
      data-tooltip={tooltip}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onRun}
    >
      {children}
    </button>
  );
}
