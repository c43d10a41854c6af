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
