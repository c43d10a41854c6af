/** Apple keyboards use ⌘ where others use Ctrl; shortcuts and their labels follow the platform. */
export const IS_APPLE = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** A shortcut written with `Mod` for the primary modifier, shown the way the platform writes it. */
export function shortcutLabel(shortcut: string): string {
  if (IS_APPLE) {
    return shortcut
      .replace(/Mod\+/g, '⌘')
      .replace(/Alt\+/g, '⌥')
      .replace(/Shift\+/g, '⇧')
      .replace(/Ctrl\+/g, '⌃');
  }
  return shortcut.replace(/Mod\+/g, 'Ctrl+');
}

/** The same shortcut in the form `aria-keyshortcuts` expects. */
export function ariaShortcut(shortcut: string): string {
  return shortcut.replace(/Mod\+/g, IS_APPLE ? 'Meta+' : 'Control+').replace(/Ctrl\+/g, 'Control+');
}
