/**
 * The WordPress REST API called directly, as a person or another tool would: to read back
 * what a target sent, and to change a post behind Galley's back.
 */

export interface WpPostRead {
  id: number;
  slug: string;
  status: string;
  date_gmt: string;
  modified_gmt: string;
  title: { raw: string };
  content: { raw: string; rendered: string };
  excerpt: { raw: string };
  featured_media: number;
  tags: number[];
  categories: number[];
  meta: { footnotes: string };
}

export interface WpMediaRead {
  id: number;
  alt_text: string;
  caption: { raw: string };
  source_url: string;
}

export function wordpressApi(url: string, user: string, applicationPassword: string) {
  const api = `${url}/wp-json/wp/v2`;
  const authorization = `Basic ${Buffer.from(`${user}:${applicationPassword}`).toString('base64')}`;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`WordPress ${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
    return JSON.parse(text) as T;
  };
  return {
    call,
    post: (id: number | string) => call<WpPostRead>('GET', `/posts/${id}?context=edit`),
    media: (id: number) => call<WpMediaRead>('GET', `/media/${id}?context=edit`),
    async termNames(kind: 'tags' | 'categories', ids: number[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const terms = await call<Array<{ id: number; name: string }>>('GET', `/${kind}?include=${ids.join(',')}&per_page=100`);
      return ids.map((id) => terms.find((term) => term.id === id)?.name ?? `#${id}`);
    },
    /** Every post (any status) whose title is exactly this. */
    async postsTitled(title: string): Promise<WpPostRead[]> {
      const found = await call<WpPostRead[]>('GET', `/posts?search=${encodeURIComponent(title)}&status=any&context=edit&per_page=100`);
      return found.filter((post) => post.title.raw === title);
    },
    createPost: (post: Record<string, unknown>) => call<WpPostRead>('POST', '/posts', post),
    edit: (id: number | string, changes: Record<string, unknown>) => call<WpPostRead>('POST', `/posts/${id}`, changes),
  };
}
