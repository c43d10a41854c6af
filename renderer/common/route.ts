import { useEffect, useState } from 'react';
import { IdSchema } from '../../shared/domain/ids';

/**
 * The open article lives in the URL hash (`#/articles/<id>`), so a reload, the web host's
 * redirect and Electron's `app://` page all reopen where the writer was, without a server route.
 */
export type Route = { kind: 'home' } | { kind: 'article'; articleId: string } | { kind: 'users' } | { kind: 'settings' } | { kind: 'publishing' };

const ARTICLE_HASH = /^#\/articles\/([^/?#]+)$/;

export function parseRoute(hash: string): Route {
  if (hash === '#/users') return { kind: 'users' };
  if (hash === '#/settings') return { kind: 'settings' };
  if (hash === '#/publishing') return { kind: 'publishing' };
  const match = ARTICLE_HASH.exec(hash);
  if (match?.[1] === undefined) return { kind: 'home' };
  const id = decodeURIComponent(match[1]);
  // A malformed id still opens the editor, which reports it as not found.
  return { kind: 'article', articleId: IdSchema.safeParse(id).success ? id : id.slice(0, 100) };
}

export function articleHash(articleId: string): string {
  return `#/articles/${encodeURIComponent(articleId)}`;
}

export function openArticle(articleId: string): void {
  window.location.hash = articleHash(articleId);
}

export function goHome(): void {
  window.location.hash = '#/';
}

export function goUsers(): void {
  window.location.hash = '#/users';
}

export function goSettings(): void {
  window.location.hash = '#/settings';
}

export function goPublishing(): void {
  window.location.hash = '#/publishing';
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return route;
}
