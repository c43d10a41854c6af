import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, MENU_COMMANDS, type MenuCommand } from '../../../electron/app/menu';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function menuFor(platform: NodeJS.Platform, isDevelopment = false) {
  const sendCommand = vi.fn<(command: MenuCommand) => void>();
  const template = buildMenuTemplate({ platform, isDevelopment, sendCommand });
  const items = flatten(template);
  const byId = (id: string) => {
    const item = items.find((candidate) => candidate.id === id);
    if (item === undefined) throw new Error(`no menu item ${id}`);
    return item;
  };
  const click = (id: string) => (byId(id).click as () => void)();
  return { template, items, byId, click, sendCommand };
}

describe('the native menu', () => {
  it('has File, Edit, Format, View, Window and Help menus', () => {
    const { template } = menuFor('linux');
    expect(template.map((menu) => menu.label?.replace('&', '') ?? menu.role)).toEqual([
      'File',
      'Edit',
      'Format',
      'View',
      'windowMenu',
      'help',
    ]);
  });

  it('carries every editor command exactly once, and clicking one sends it', () => {
    const { items, click, sendCommand } = menuFor('linux');
    const ids = items.map((item) => item.id).filter((id) => id !== undefined);
    expect([...ids].sort()).toEqual([...MENU_COMMANDS].sort());
    for (const command of MENU_COMMANDS) {
      sendCommand.mockClear();
      click(command);
      expect(sendCommand).toHaveBeenCalledExactlyOnceWith(command);
    }
  });

  it.each([
    ['article.new', 'CmdOrCtrl+N'],
    ['version.save', 'CmdOrCtrl+Shift+S'],
    ['format.bold', 'CmdOrCtrl+B'],
    ['format.italic', 'CmdOrCtrl+I'],
    ['format.underline', 'CmdOrCtrl+U'],
    ['format.link', 'CmdOrCtrl+K'],
  ])('binds %s to %s', (id, accelerator) => {
    expect(menuFor('linux').byId(id).accelerator).toBe(accelerator);
  });

  it('leaves undo and redo to the native roles, which reach Lexical as history input events', () => {
    const roles = menuFor('linux').items.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo']));
  });

  it('gives no two items the same shortcut', () => {
    const accelerators = menuFor('linux').items.flatMap((item) => (item.accelerator ? [item.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('leaves cut, copy, paste and select-all to the system roles', () => {
    const roles = menuFor('linux').items.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  it('adds the application menu on macOS only, and no mnemonic ampersands there', () => {
    const mac = menuFor('darwin').template;
    expect(mac[0]?.role).toBe('appMenu');
    expect(mac.every((menu) => !menu.label?.includes('&'))).toBe(true);
    expect(menuFor('linux').template[0]?.role).not.toBe('appMenu');
    expect(menuFor('linux').template[0]?.label).toBe('&File');
  });

  it('offers reload and devtools only to developers', () => {
    expect(menuFor('linux', false).items.map((item) => item.role)).not.toContain('toggleDevTools');
    expect(menuFor('linux', true).items.map((item) => item.role)).toContain('toggleDevTools');
  });
});
