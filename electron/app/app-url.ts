/**
 * The renderer is served from app://galley/ rather than file:// so that it has a real
 * origin: 'self' in the CSP means exactly our files, and the IPC sender check can
 * tell our pages from anything else.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'galley';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** True only for a URL on our own origin (app://galley/...). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/**
 * A link we are willing to hand to the operating system's browser: http(s) only, and
 * never with embedded credentials (a common way to disguise where a link goes).
 */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (parsed === null) return false;
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname !== '';
}
