import { GalleyError } from '../../../shared/contract/errors';

/**
 * A hub's address as the workstation keeps it: the origin only (scheme, host, port), so
 * "hub.newsroom.local:4470/" and "http://hub.newsroom.local:4470" are one hub. A scheme-less
 * address is taken as http (a hub on the newsroom's own network); any other scheme, a path,
 * or credentials in the address are refused rather than guessed at.
 */
export function hubOrigin(typed: string): string {
  const text = typed.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new GalleyError('BAD_INPUT', `“${text}” is not a hub address. Type it as the hub’s admin gave it, for example http://hub.newsroom.local:4470.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new GalleyError('BAD_INPUT', `A hub’s address starts with http:// or https://, not ${url.protocol}//.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new GalleyError('BAD_INPUT', 'Leave the name and password out of the hub’s address: type them in their own fields.');
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    throw new GalleyError('BAD_INPUT', `Type only the hub’s address (${url.origin}), without a path.`);
  }
  return url.origin;
}
