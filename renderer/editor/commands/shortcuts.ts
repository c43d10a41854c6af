import type { AppCommand } from '../../common/commands';
import { IS_APPLE } from '../../ui/platformKeys';

/**
 * The word-processor shortcuts, written with `Mod` for ⌘ on Apple keyboards and Ctrl
 * elsewhere. Digits are matched by key position (`event.code`) because Shift+7 types "&"
 * or "/" depending on the layout; letters by the character, so they follow the layout.
 */
export interface Shortcut {
  command: AppCommand;
  keys: string;
}

type Modifiers = { mod: boolean; alt: boolean; shift: boolean };

interface ShortcutSpec extends Shortcut {
  key: string;
  modifiers: Modifiers;
}

const spec = (command: AppCommand, keys: string, key: string, modifiers: Modifiers): ShortcutSpec => ({
  command,
  keys,
  key,
  modifiers,
});

const M = { mod: true, alt: false, shift: false };
const MS = { mod: true, alt: false, shift: true };
const MA = { mod: true, alt: true, shift: false };

const SHORTCUTS: ShortcutSpec[] = [
  spec('format.bold', 'Mod+B', 'b', M),
  spec('format.italic', 'Mod+I', 'i', M),
  spec('format.underline', 'Mod+U', 'u', M),
  spec('format.strikethrough', 'Mod+Shift+X', 'x', MS),
  ...(IS_APPLE ? [] : [spec('format.strikethrough', 'Alt+Shift+5', 'Digit5', { mod: false, alt: true, shift: true })]),
  spec('format.heading1', 'Mod+Alt+1', 'Digit1', MA),
  spec('format.heading2', 'Mod+Alt+2', 'Digit2', MA),
  spec('format.heading3', 'Mod+Alt+3', 'Digit3', MA),
  spec('format.paragraph', 'Mod+Alt+0', 'Digit0', MA),
  spec('format.numberedList', 'Mod+Shift+7', 'Digit7', MS),
  spec('format.bulletList', 'Mod+Shift+8', 'Digit8', MS),
  spec('format.quote', 'Mod+Alt+Q', 'q', MA),
  spec('format.link', 'Mod+K', 'k', M),
  spec('format.cite', 'Mod+Alt+C', 'c', MA),
  spec('format.footnote', 'Mod+Alt+F', 'f', MA),
  spec('review.comment', 'Mod+Alt+M', 'm', MA),
  spec('review.claim', 'Mod+Alt+K', 'k', MA),
  spec('edit.undo', 'Mod+Z', 'z', M),
  spec('edit.redo', 'Mod+Shift+Z', 'z', MS),
  ...(IS_APPLE ? [] : [spec('edit.redo', 'Mod+Y', 'y', M)]),
  spec('document.save', 'Mod+S', 's', M),
  spec('version.save', 'Mod+Shift+S', 's', MS),
  spec('view.search', 'Mod+Shift+F', 'f', MS),
];

function modifiersMatch(event: KeyboardEvent, modifiers: Modifiers): boolean {
  const primary = IS_APPLE ? event.metaKey : event.ctrlKey;
  const other = IS_APPLE ? event.ctrlKey : event.metaKey;
  return primary === modifiers.mod && !other && event.altKey === modifiers.alt && event.shiftKey === modifiers.shift;
}

function keyMatches(event: KeyboardEvent, key: string): boolean {
  if (key.startsWith('Digit')) return event.code === key;
  const typed = event.key.toLowerCase();
  // A Latin letter is matched as typed, so AZERTY's Ctrl+Z is undo wherever its Z sits;
  // a non-Latin layout (Cyrillic, Arabic, Urdu…) falls back to the key's position.
  if (/^[a-z]$/.test(typed)) return typed === key;
  return event.code === `Key${key.toUpperCase()}`;
}

export function commandForKeyEvent(event: KeyboardEvent): AppCommand | null {
  for (const shortcut of SHORTCUTS) {
    if (modifiersMatch(event, shortcut.modifiers) && keyMatches(event, shortcut.key)) return shortcut.command;
  }
  return null;
}

/** The first (main) shortcut for a command, for tooltips and menus. */
export function shortcutFor(command: AppCommand): string | null {
  return SHORTCUTS.find((shortcut) => shortcut.command === command)?.keys ?? null;
}

/** Every shortcut for a command, for `aria-keyshortcuts`. */
export function shortcutsFor(command: AppCommand): string[] {
  return SHORTCUTS.filter((shortcut) => shortcut.command === command).map((shortcut) => shortcut.keys);
}
