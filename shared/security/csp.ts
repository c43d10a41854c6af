/**
 * The renderer's Content Security Policy, sent by the Electron protocol handler and by
 * the web host alike. No inline script or style, no remote anything: an article, a
 * caption or a pasted page can never become code.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * What the web host sends with a published page it serves to the newsroom (electron/host):
 * the page is a reader's page, not Galley, so it is sandboxed into an origin of its own
 * (no allow-same-origin) with no script at all; its own inline styles and images show.
 */
export const PUBLISHED_FILE_CSP = [
  'sandbox',
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
