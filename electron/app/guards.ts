import type { Shell, WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './app-url';

export type NavigationDecision = 'allow' | 'open-externally' | 'refuse';

/**
 * The window only ever shows our own pages. A link to the web (a source's URL, say)
 * goes to the user's browser, where it cannot reach the bridge; anything else
 * (file:, javascript:, data:, custom schemes) goes nowhere.
 */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  if (isSafeExternalUrl(url)) return 'open-externally';
  return 'refuse';
}

type ExternalOpener = Pick<Shell, 'openExternal'>;

function openExternally(shell: ExternalOpener, url: string): void {
  shell.openExternal(url).catch((error: unknown) => {
    console.error('galley: could not open a link in the browser', error);
  });
}

export function installNavigationGuards(contents: WebContents, shell: ExternalOpener): void {
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') openExternally(shell, event.url);
  });

  // A redirect is the server's choice, not the user's click, so nothing is opened
  // externally: anything off our origin is simply stopped.
  contents.on('will-redirect', (event) => {
    if (decideNavigation(event.url) !== 'allow') event.preventDefault();
  });

  contents.setWindowOpenHandler((details) => {
    if (decideNavigation(details.url) === 'open-externally') openExternally(shell, details.url);
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}
