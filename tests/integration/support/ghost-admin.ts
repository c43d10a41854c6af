import { adminToken, parseAdminKey } from '../../../electron/publishing/targets/ghost/token';

/**
 * The Ghost Admin API called directly, as a person or another tool would: to read back what
 * a target sent, and to change a post behind Galley's back.
 */

export interface GhostPostRead {
  id: string;
  title: string;
  slug: string;
  html: string;
  status: string;
  updated_at: string;
  published_at: string | null;
  custom_excerpt: string | null;
  feature_image: string | null;
  feature_image_alt: string | null;
  feature_image_caption: string | null;
  codeinjection_head: string | null;
  tags: Array<{ name: string; slug: string; visibility: string }>;
  primary_tag: { name: string } | null;
}

export function ghostAdmin(url: string, adminApiKey: string) {
  const key = parseAdminKey(adminApiKey);
  const api = `${url}/ghost/api/admin`;
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: { authorization: `Ghost ${adminToken(key, new Date())}`, 'content-type': 'application/json', 'accept-version': 'v6.0' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Ghost ${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
    return text === '' ? null : (JSON.parse(text) as unknown);
  };
  const posts = (value: unknown) => (value as { posts: GhostPostRead[] }).posts;
  return {
    call,
    async post(id: string): Promise<GhostPostRead> {
      return posts(await call('GET', `/posts/${id}/?formats=html&include=tags`))[0] as GhostPostRead;
    },
    /** Every post (any status) whose title is exactly this. */
    async postsTitled(title: string): Promise<GhostPostRead[]> {
      const found = posts(await call('GET', `/posts/?limit=all&formats=html&include=tags&filter=${encodeURIComponent(`title:'${title.replace(/'/g, "\\'")}'`)}`));
      return found.filter((post) => post.title === title);
    },
    async createPost(post: Record<string, unknown>): Promise<GhostPostRead> {
      return posts(await call('POST', '/posts/?source=html', { posts: [post] }))[0] as GhostPostRead;
    },
    /** Edits a post as another Ghost user would (with its current updated_at). */
    async edit(id: string, changes: Record<string, unknown>): Promise<GhostPostRead> {
      const current = posts(await call('GET', `/posts/${id}/`))[0] as GhostPostRead;
      return posts(await call('PUT', `/posts/${id}/`, { posts: [{ ...changes, updated_at: current.updated_at }] }))[0] as GhostPostRead;
    },
  };
}
