import type { Session } from 'electron';
import { isAppUrl } from './app-url';

/**
 * Writing plain text to the clipboard (the "copy credit line" buttons) is the one web
 * permission the app uses. Spell-checking is not a web permission in Electron: it is
 * switched on by the `spellcheck` web preference and needs nothing granted here.
 * Camera, microphone, location, notifications, HID, serial and the rest stay refused.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return GRANTED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

export function installPermissionPolicy(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>,
): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  // USB, HID and serial devices: Galley has no use for any, so no page is ever given one.
  session.setDevicePermissionHandler(() => false);
}
