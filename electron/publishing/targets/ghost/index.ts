import { jsonClient, type JsonClient, type JsonRequest } from '../../http/json-client';
import { createHttp, type Http } from '../../http/transport';
import { imageBlob, uploadMissingImages } from '../outgoing';
import { TargetError, type ConnectionReport, type OutgoingArticle, type OutgoingImage, type PublishTarget, type RemoteRef } from '../target';
import { adminToken, parseAdminKey, type GhostAdminKey } from './token';
import { claimReviewHead, ghostPost, markerTagSlug, revisionMeta } from './post';
import { GhostImageSchema, GhostPostsSchema, GhostSiteSchema, ghostErrorMessage, type GhostPost } from './schemas';

/**
 * Ghost (5 or later) over its Admin API, with a custom integration's Admin API key. Ghost
 * detects conflicting edits itself: every edit carries the `updated_at` Galley last saw,
 * and Ghost answers 409 when the post changed since (to the second: two writes within the
 * same second are not told apart).
 */

export interface GhostSettings {
  siteUrl: string;
}

export interface GhostCredentials {
  adminApiKey: string;
}

export interface GhostOptions {
  /** The service's shared transport (the test seam); default: a transport of its own. */
  http?: Http;
  timeoutMs?: number;
  now?: () => Date;
}

const ACCEPT_VERSION = 'v6.0';

const refOf = (post: GhostPost, images: Record<string, string>): RemoteRef => ({
  remoteId: post.id,
  url: post.url,
  remoteVersion: post.updated_at,
  images,
});

export function ghostTarget(settings: GhostSettings, credentials: GhostCredentials, options: GhostOptions = {}): PublishTarget {
  const site = settings.siteUrl.trim().replace(/\/+$/, '');
  const api = `${site}/ghost/api/admin`;
  const now = options.now ?? (() => new Date());
  const backend = `Ghost at ${site}`;
  const http: JsonClient = jsonClient(options.http ?? createHttp(), { backend, timeoutMs: options.timeoutMs, errorMessage: ghostErrorMessage, now });
  let key: GhostAdminKey | null = null;
  const uploaded = new Map<string, string>();

  const signed = (request: JsonRequest): JsonRequest => {
    key ??= parseAdminKey(credentials.adminApiKey);
    return { ...request, headers: { ...request.headers, authorization: `Ghost ${adminToken(key, now())}`, 'accept-version': ACCEPT_VERSION } };
  };
  const onePost = async (request: JsonRequest): Promise<GhostPost> => {
    const { posts } = await http.json(signed(request), GhostPostsSchema);
    const post = posts[0];
    if (post === undefined) throw new TargetError('rejected', `${backend} answered without the post.`);
    return post;
  };
  const getPost = (id: string) => onePost({ method: 'GET', url: `${api}/posts/${encodeURIComponent(id)}/?formats=html` });
  const putPost = (id: string, post: Record<string, unknown>) =>
    onePost({ method: 'PUT', url: `${api}/posts/${encodeURIComponent(id)}/?source=html&formats=html`, json: { posts: [post] } });

  async function upload(image: OutgoingImage): Promise<string> {
    const done = uploaded.get(image.assetId);
    if (done !== undefined) return done;
    const form = new FormData();
    form.append('file', await imageBlob(image), image.fileName);
    form.append('purpose', 'image');
    form.append('ref', image.assetId);
    const { images } = await http.json(signed({ method: 'POST', url: `${api}/images/upload/`, form }), GhostImageSchema);
    const url = (images[0] as { url: string }).url;
    uploaded.set(image.assetId, url);
    return url;
  }

  const conflictMessage = (seen: string | null) =>
    `Someone changed the post in Ghost after Galley last sent it${seen === null ? '' : ` (Galley's copy is from ${seen})`}. Galley did not overwrite it.`;

  async function update(article: OutgoingArticle, ref: RemoteRef, force: boolean): Promise<RemoteRef> {
    const images = await uploadMissingImages(article.images, ref.images, upload);
    // Forcing (or knowing no version) means writing over whatever is there now.
    const updatedAt = force || ref.remoteVersion === null ? (await getPost(ref.remoteId)).updated_at : ref.remoteVersion;
    try {
      const post = await putPost(ref.remoteId, { ...ghostPost(article, images, now(), ref.url), updated_at: updatedAt });
      return refOf(post, images);
    } catch (error) {
      if (!(error instanceof TargetError) || error.kind !== 'conflict') throw error;
      // An earlier attempt at this very revision was saved but its answer lost: nothing to do.
      const current = await getPost(ref.remoteId);
      if (current.codeinjection_head?.startsWith(revisionMeta(article.revisionId)) === true) return refOf(current, images);
      throw new TargetError('conflict', conflictMessage(ref.remoteVersion));
    }
  }

  return {
    async testConnection(): Promise<ConnectionReport> {
      let title = '';
      try {
        title = (await http.json({ method: 'GET', url: `${api}/site/` }, GhostSiteSchema)).site.title;
      } catch (error) {
        if (!(error instanceof TargetError)) throw error;
        if (error.kind === 'unreachable') return { ok: false, message: `Galley could not reach ${site}: ${error.message}` };
        return { ok: false, message: `${site} does not look like a Ghost site (no Admin API at /ghost/api/admin/).` };
      }
      try {
        await http.request(signed({ method: 'GET', url: `${api}/posts/?limit=1&fields=id` }));
        return { ok: true, message: `Connected to ${title === '' ? 'Ghost' : `“${title}”`} at ${site}.` };
      } catch (error) {
        if (!(error instanceof TargetError)) throw error;
        if (error.kind === 'unauthorised') {
          return { ok: false, message: error.message.startsWith('The Ghost Admin API key') ? error.message : `Ghost at ${site} refused the Admin API key.` };
        }
        if (error.kind === 'forbidden') return { ok: false, message: `The Admin API key works but may not manage posts on ${site}: use a custom integration's key.` };
        return { ok: false, message: error.message };
      }
    },

    async find(article) {
      // The internal tag, not the slug: a post of the same slug written by someone else is not ours.
      const filter = encodeURIComponent(`tag:${markerTagSlug(article.key)}`);
      const { posts } = await http.json(
        signed({ method: 'GET', url: `${api}/posts/?filter=${filter}&formats=html&limit=5&order=${encodeURIComponent('created_at asc')}` }),
        GhostPostsSchema,
      );
      const post = posts[0];
      return post === undefined ? null : refOf(post, {});
    },

    async create(article, known) {
      if (known !== null) return update(article, known, true);
      const images = await uploadMissingImages(article.images, {}, upload);
      let post = await onePost({ method: 'POST', url: `${api}/posts/?source=html&formats=html`, json: { posts: [ghostPost(article, images, now())] } });
      // The fact-checks name the post's address, which Ghost gives only now.
      if (claimReviewHead(article, post.url, now()) !== '') {
        post = await putPost(post.id, { ...ghostPost(article, images, now(), post.url), updated_at: post.updated_at });
      }
      return refOf(post, images);
    },

    update: (article, ref, { force }) => update(article, ref, force),

    async unpublish(ref) {
      // Taking a post down is wanted whatever changed on Ghost meanwhile.
      const current = await getPost(ref.remoteId);
      const post = await putPost(ref.remoteId, { status: 'draft', updated_at: current.updated_at });
      return refOf(post, ref.images);
    },

    async snapshot(ref) {
      try {
        const post = await getPost(ref.remoteId);
        return { title: post.title ?? '', html: post.html ?? '', remoteVersion: post.updated_at, url: post.url, status: post.status };
      } catch (error) {
        if (error instanceof TargetError && error.kind === 'not_found') return null;
        throw error;
      }
    },
  };
}
