import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { installPermissionPolicy, isPermissionGranted } from '../../../electron/app/permissions';

type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type DeviceHandler = Parameters<Session['setDevicePermissionHandler']>[0];

function installedHandlers() {
  const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
  installPermissionPolicy(session);
  const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as NonNullable<RequestHandler>;
  const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as NonNullable<CheckHandler>;
  const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as NonNullable<DeviceHandler>;
  return { request, check, device };
}

function askFor(permission: string, requestingUrl: string): boolean {
  const { request } = installedHandlers();
  let granted: boolean | undefined;
  request(
    { getURL: () => requestingUrl } as never,
    permission as never,
    (answer) => {
      granted = answer;
    },
    { requestingUrl, isMainFrame: true } as never,
  );
  if (granted === undefined) throw new Error('the request handler never answered');
  return granted;
}

describe('the permission policy', () => {
  it('lets our page write plain text to the clipboard', () => {
    expect(askFor('clipboard-sanitized-write', 'app://galley/index.html')).toBe(true);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial', 'openExternal', 'fullscreen'])(
    'refuses %s even to our own page',
    (permission) => {
      expect(askFor(permission, 'app://galley/index.html')).toBe(false);
    },
  );

  it('refuses the clipboard to any page that is not ours', () => {
    expect(askFor('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });

  it('answers permission checks the same way', () => {
    const { check } = installedHandlers();
    expect(check(null, 'clipboard-sanitized-write', 'app://galley', {} as never)).toBe(true);
    expect(check(null, 'clipboard-sanitized-write', 'https://evil.example', {} as never)).toBe(false);
    expect(check(null, 'media', 'app://galley', {} as never)).toBe(false);
  });

  it('gives no page a USB, HID or serial device, not even ours', () => {
    const { device } = installedHandlers();
    for (const deviceType of ['usb', 'hid', 'serial'] as const) {
      expect(device({ deviceType, origin: 'app://galley', device: {} } as never)).toBe(false);
    }
  });

  it('is a pure function of permission and origin', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'file:///tmp/x.html')).toBe(false);
  });
});
