import type { z } from 'zod';
import { escapeHtml } from '../../../../shared/content/render/escape-html';
import { jsonClient, type JsonClient } from '../../http/json-client';
import { createHttp, type Http } from '../../http/transport';
import { captionWithCredit, imageBlob, uploadMissingImages } from '../outgoing';
import { TargetError, type ConnectionReport, type OutgoingArticle, type OutgoingImage, type PublishTarget, type RemoteRef } from '../target';
import { markerComment, markerOf, mediaRef, revisionComment, wordpressPost, type WpPostTerms } from './post';
import {
  WpIndexSchema,
  WpMediaSchema,
  WpPostListSchema,
  WpPostSchema,
  WpTermListSchema,
  WpTermSchema,
  WpUserSchema,
  wordpressErrorMessage,
  type WpPost,
} from './schemas';

/**
 * WordPress (6.3 or later) over its REST API, signed in with an application password.
 * WordPress has no conflict detection of its own (the last write wins), so before writing
 * Galley reads the post and compares its `modified_gmt` with the one it recorded.
 */

export interface WordPressSettings {
  siteUrl: string;
  user: string;
}

export interface WordPressCredentials {
  applicationPassword: string;
}

export interface WordPressOptions {
  /** The service's shared transport (the test seam); default: a transport of its own. */
  http?: Http;
  timeoutMs?: number;
  now?: () => Date;
}

const decodeEntities = (text: string): string =>
  text
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&#039;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const refOf = (post: WpPost, images: Record<string, string>): RemoteRef => ({
  remoteId: String(post.id),
  url: post.link,
  remoteVersion: post.modified_gmt,
  images,
});

export function wordpressTarget(settings: WordPressSettings, credentials: WordPressCredentials, options: WordPressOptions = {}): PublishTarget {
  const site = settings.siteUrl.trim().replace(/\/+$/, '');
  const api = `${site}/wp-json/wp/v2`;
  const now = options.now ?? (() => new Date());
  const backend = `WordPress at ${site}`;
  const http: JsonClient = jsonClient(options.http ?? createHttp(), { backend, timeoutMs: options.timeoutMs, errorMessage: wordpressErrorMessage, now });
  const auth = { authorization: `Basic ${Buffer.from(`${settings.user}:${credentials.applicationPassword}`).toString('base64')}` };
  const termIds = new Map<string, number>();
  // Images uploaded by this target object whose post was not written yet (a failed attempt): not sent twice.
  const uploaded = new Map<string, string>();

  const getPost = (id: string) => http.json({ method: 'GET', url: `${api}/posts/${encodeURIComponent(id)}?context=edit`, headers: auth }, WpPostSchema);
  const writePost = (id: string | null, post: Record<string, unknown>) =>
    http.json({ method: 'POST', url: id === null ? `${api}/posts` : `${api}/posts/${encodeURIComponent(id)}`, headers: auth, json: post }, WpPostSchema);

  async function term(kind: 'tags' | 'categories', name: string): Promise<number> {
    const cacheKey = `${kind}:${name.toLowerCase()}`;
    const cached = termIds.get(cacheKey);
    if (cached !== undefined) return cached;
    const lookup = async () => {
      const found = await http.json({ method: 'GET', url: `${api}/${kind}?search=${encodeURIComponent(name)}&per_page=100&_fields=id,name,slug`, headers: auth }, WpTermListSchema);
      return found.find((t) => decodeEntities(t.name).toLowerCase() === name.toLowerCase())?.id ?? null;
    };
    let id = await lookup();
    if (id === null) {
      try {
        id = (await http.json({ method: 'POST', url: `${api}/${kind}`, headers: auth, json: { name } }, WpTermSchema)).id;
      } catch (error) {
        // Another writer made it in between ("term_exists"): use theirs.
        if (!(error instanceof TargetError) || error.kind !== 'rejected') throw error;
        id = await lookup();
        if (id === null) throw error;
      }
    }
    termIds.set(cacheKey, id);
    return id;
  }

  async function termsOf(article: OutgoingArticle): Promise<WpPostTerms> {
    const tags: number[] = [];
    for (const name of new Set(article.meta.tags.map((t) => t.trim()).filter((t) => t !== ''))) tags.push(await term('tags', name));
    const section = article.meta.section.trim();
    return { tags, categories: section === '' ? [] : [await term('categories', section)] };
  }

  async function upload(image: OutgoingImage): Promise<string> {
    const done = uploaded.get(image.assetId);
    if (done !== undefined) return done;
    const form = new FormData();
    form.append('file', await imageBlob(image), image.fileName);
    form.append('alt_text', image.alt);
    form.append('caption', escapeHtml(captionWithCredit(image)));
    form.append('title', image.caption.trim() !== '' ? image.caption.trim().slice(0, 200) : image.fileName);
    const media = await http.json({ method: 'POST', url: `${api}/media`, headers: auth, form }, WpMediaSchema);
    const ref = mediaRef(media.source_url, media.id);
    uploaded.set(image.assetId, ref);
    return ref;
  }

  async function send(article: OutgoingArticle, id: string | null, knownImages: Record<string, string>): Promise<RemoteRef> {
    const images = await uploadMissingImages(article.images, knownImages, upload);
    const post = await writePost(id, wordpressPost(article, images, await termsOf(article), now()));
    return refOf(post, images);
  }

  return {
    async testConnection(): Promise<ConnectionReport> {
      let index: z.infer<typeof WpIndexSchema>;
      try {
        index = await http.json({ method: 'GET', url: `${site}/wp-json/` }, WpIndexSchema);
      } catch (error) {
        if (!(error instanceof TargetError)) throw error;
        if (error.kind === 'unreachable') return { ok: false, message: `Galley could not reach ${site}: ${error.message}` };
        // Not known to be WordPress yet: what answered there is not quoted (it may be an internal service).
        return { ok: false, message: `${site} does not look like a WordPress site (no REST API at /wp-json/).` };
      }
      try {
        if (!index.namespaces.includes('wp/v2')) {
          return { ok: false, message: `${site} answers, but not as a WordPress site with its REST API switched on.` };
        }
        const me = await http.json({ method: 'GET', url: `${api}/users/me?context=edit`, headers: auth }, WpUserSchema);
        const missing = ['publish_posts', 'upload_files', 'edit_published_posts'].filter((cap) => me.capabilities[cap] !== true);
        if (missing.length > 0) {
          return {
            ok: false,
            message: `The WordPress user “${settings.user}” may not publish posts and upload images (missing: ${missing.join(', ')}). Use an Editor or Administrator account.`,
          };
        }
        const terms = me.capabilities.manage_categories === true ? '' : ' It may not create new tags or categories; Galley can only use existing ones.';
        return { ok: true, message: `Connected to ${index.name || 'WordPress'} at ${site} as ${me.name || settings.user}.${terms}` };
      } catch (error) {
        if (!(error instanceof TargetError)) throw error;
        if (error.kind === 'unauthorised') return { ok: false, message: `WordPress at ${site} refused the user name or application password.` };
        if (error.kind === 'unreachable') return { ok: false, message: `Galley could not reach ${site}: ${error.message}` };
        if (error.kind === 'not_found' || error.kind === 'rejected') {
          return { ok: false, message: `${site} does not look like a WordPress site (no REST API at /wp-json/).` };
        }
        return { ok: false, message: error.message };
      }
    },

    async find(article) {
      const marker = markerOf(article.key);
      const url = `${api}/posts?search=${encodeURIComponent(marker)}&status=any&context=edit&per_page=20&orderby=id&order=asc`;
      const posts = await http.json({ method: 'GET', url, headers: auth }, WpPostListSchema);
      // Search matches words; only a post whose stored content carries the exact marker is ours.
      const ours = posts.find((post) => (post.content.raw ?? '').includes(markerComment(article.key)));
      return ours === undefined ? null : refOf(ours, {});
    },

    async create(article, known) {
      if (known !== null) return send(article, known.remoteId, known.images);
      return send(article, null, {});
    },

    async update(article, ref, { force }) {
      const current = await getPost(ref.remoteId);
      if (!force && ref.remoteVersion !== null && current.modified_gmt !== ref.remoteVersion) {
        // An earlier attempt at this very revision was saved but its answer lost: nothing to do.
        if ((current.content.raw ?? '').includes(revisionComment(article.revisionId))) return refOf(current, ref.images);
        throw new TargetError(
          'conflict',
          `Someone changed the post on WordPress at ${current.modified_gmt} UTC, after Galley last sent it (${ref.remoteVersion} UTC). Galley did not overwrite it.`,
        );
      }
      return send(article, ref.remoteId, ref.images);
    },

    async unpublish(ref) {
      const post = await writePost(ref.remoteId, { status: 'draft' });
      return refOf(post, ref.images);
    },

    async snapshot(ref) {
      try {
        const post = await getPost(ref.remoteId);
        return { title: post.title.raw ?? decodeEntities(post.title.rendered), html: post.content.rendered, remoteVersion: post.modified_gmt, url: post.link, status: post.status };
      } catch (error) {
        if (error instanceof TargetError && error.kind === 'not_found') return null;
        throw error;
      }
    },
  };
}
