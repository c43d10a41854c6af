import { describe, expect, it, vi } from 'vitest';
import { decideNavigation, installNavigationGuards } from '../../../electron/app/guards';
import { FakeWebContents, fakeEvent } from './fake-web-contents';

function guardedContents() {
  const contents = new FakeWebContents();
  const shell = { openExternal: vi.fn((_url: string) => Promise.resolve()) };
  installNavigationGuards(contents.asWebContents(), shell);
  return { contents, shell };
}

describe('navigation decisions', () => {
  it.each([
    ['app://galley/index.html', 'allow'],
    ['app://galley/articles/123', 'allow'],
    ['https://www.reuters.com/world/', 'open-externally'],
    ['http://example.org/report.pdf', 'open-externally'],
    ['file:///etc/passwd', 'refuse'],
    ['javascript:alert(1)', 'refuse'],
    ['data:text/html,<script>alert(1)</script>', 'refuse'],
    ['app://elsewhere/index.html', 'refuse'],
    ['https://user:pass@bank.example/', 'refuse'],
    ['mailto:desk@example.org', 'refuse'],
    ['not a url', 'refuse'],
  ])('%s → %s', (url, decision) => {
    expect(decideNavigation(url)).toBe(decision);
  });
});

describe('the navigation guard on a window', () => {
  it('lets the window move between its own pages', () => {
    const { contents, shell } = guardedContents();
    const event = fakeEvent({ url: 'app://galley/index.html' });
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens a web link in the browser instead of in the window', () => {
    const { contents, shell } = guardedContents();
    const event = fakeEvent({ url: 'https://www.bbc.co.uk/news' });
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.bbc.co.uk/news');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(document.cookie)', 'data:text/html,hi'])(
    'refuses %s without opening anything',
    (url) => {
      const { contents, shell } = guardedContents();
      const event = fakeEvent({ url });
      contents.emit('will-navigate', event);
      expect(event.defaultPrevented).toBe(true);
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('stops redirects off our origin and opens nothing for them', () => {
    const { contents, shell } = guardedContents();
    const away = fakeEvent({ url: 'https://tracker.example/' });
    contents.emit('will-redirect', away);
    expect(away.defaultPrevented).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();

    const home = fakeEvent({ url: 'app://galley/index.html' });
    contents.emit('will-redirect', home);
    expect(home.defaultPrevented).toBe(false);
  });

  it('denies every new window, sending web links to the browser', () => {
    const { contents, shell } = guardedContents();
    const openWindow = contents.windowOpenHandler;
    if (openWindow === undefined) throw new Error('no window-open handler was installed');

    expect(openWindow({ url: 'https://example.org/', disposition: 'new-window' } as never)).toEqual({
      action: 'deny',
    });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/');

    shell.openExternal.mockClear();
    expect(openWindow({ url: 'app://galley/index.html', disposition: 'new-window' } as never)).toEqual({
      action: 'deny',
    });
    expect(openWindow({ url: 'file:///etc/passwd', disposition: 'new-window' } as never)).toEqual({
      action: 'deny',
    });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents any <webview> from attaching', () => {
    const { contents } = guardedContents();
    const event = fakeEvent({});
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('survives the browser failing to open', async () => {
    const contents = new FakeWebContents();
    const shell = { openExternal: vi.fn(() => Promise.reject(new Error('no browser'))) };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    installNavigationGuards(contents.asWebContents(), shell);
    contents.emit('will-navigate', fakeEvent({ url: 'https://example.org/' }));
    await vi.waitFor(() => expect(logged).toHaveBeenCalled());
    logged.mockRestore();
  });
});
