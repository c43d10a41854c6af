import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FolderSettings } from '../../../shared/domain/publishing';
import { folderFiles, indexPage } from './folder-page';
import { readIfExists, readManifest, sha256Hex, writeAtomically, writeManifest, type FolderManifest } from './folder-files';
import { TargetError, type OutgoingArticle, type PublishTarget, type RemoteRef } from './target';

const errorCode = (error: unknown): string =>
  error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown error';

/** A file-system failure as a plain-words target error: a full disk or a missing mount may pass, a refusal will not. */
function fileError(folder: string, error: unknown): TargetError {
  if (error instanceof TargetError) return error;
  const code = errorCode(error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new TargetError('forbidden', `Galley may not write to ${folder} (${code}): choose another folder or change its permissions.`);
  if (code === 'ENOSPC') return new TargetError('server_error', `The disk holding ${folder} is full.`);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new TargetError('unreachable', `${folder} cannot be reached (${code}): is the drive connected?`);
  return new TargetError('server_error', `Writing to ${folder} failed (${code}).`);
}

/**
 * A folder of static files: `<slug>.html` (with footnotes, credits and its JSON-LD inline),
 * `<slug>.ninjs.json`, `<slug>.jsonld`, `images/` (each image copied once) and `index.html`.
 * The remote version is the page's SHA-256, so a page changed on disk since the last sync is
 * a conflict, never silently overwritten.
 */
export function folderTarget(settings: FolderSettings, now: () => Date = () => new Date()): PublishTarget {
  const folder = resolve(settings.path);
  const pagePath = (slug: string) => join(folder, `${slug}.html`);
  const urlOf = (slug: string) => pathToFileURL(pagePath(slug)).href;

  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw fileError(folder, error);
    }
  };

  async function removePage(slug: string): Promise<void> {
    for (const suffix of ['.html', '.ninjs.json', '.jsonld']) await rm(join(folder, `${slug}${suffix}`), { force: true });
  }

  async function saveManifest(manifest: FolderManifest): Promise<void> {
    // The index first, the manifest last: the manifest never names a page whose files are not written.
    await writeAtomically(join(folder, 'index.html'), indexPage(Object.values(manifest.entries)));
    await writeManifest(folder, manifest);
  }

  async function write(article: OutgoingArticle, previous: RemoteRef | null): Promise<RemoteRef> {
    const slug = article.meta.slug;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new TargetError('rejected', 'The article has no slug to name its page by.');
    const manifest = await readManifest(folder);
    const owner = Object.entries(manifest.entries).find(([key, entry]) => entry.slug === slug && key !== article.key);
    if (owner !== undefined) throw new TargetError('rejected', `${slug}.html in ${folder} belongs to another article: give this one another slug.`);
    const at = now().toISOString();
    const images: Record<string, string> = { ...(previous?.images ?? {}) };
    for (const image of article.images) {
      const relative = `images/${image.fileName}`;
      const path = join(folder, relative);
      if ((await readIfExists(path)) === null) await writeAtomically(path, await image.read());
      images[image.assetId] = relative;
    }
    const files = folderFiles(article, at, (name) => pathToFileURL(join(folder, 'images', name)).href);
    await writeAtomically(join(folder, `${slug}.ninjs.json`), files.ninjs);
    await writeAtomically(join(folder, `${slug}.jsonld`), files.jsonLd);
    await writeAtomically(pagePath(slug), files.html);
    const pageHash = sha256Hex(files.html);
    const earlier = manifest.entries[article.key];
    manifest.entries[article.key] = {
      slug,
      headline: article.meta.headline,
      dek: article.meta.dek,
      firstPublishedAt: earlier?.firstPublishedAt ?? article.firstPublishedAt ?? at,
      updatedAt: at,
      pageHash,
    };
    await saveManifest(manifest);
    if (previous !== null && previous.remoteId !== slug) await removePage(previous.remoteId);
    return { remoteId: slug, url: urlOf(slug), remoteVersion: pageHash, images };
  }

  return {
    testConnection: async () => {
      try {
        await mkdir(folder, { recursive: true });
        await access(folder, constants.W_OK);
        const probe = join(folder, `.galley-probe-${process.pid}`);
        await writeFile(probe, 'probe');
        await rm(probe, { force: true });
        return { ok: true, message: `Galley can write to ${folder}.` };
      } catch (error) {
        return { ok: false, message: fileError(folder, error).message };
      }
    },

    find: (article) =>
      guarded(async () => {
        const entry = (await readManifest(folder)).entries[article.key];
        return entry === undefined ? null : { remoteId: entry.slug, url: urlOf(entry.slug), remoteVersion: entry.pageHash, images: {} };
      }),

    create: (article, known) => guarded(() => write(article, known)),

    update: (article, ref, { force }) =>
      guarded(async () => {
        const onDisk = await readIfExists(pagePath(ref.remoteId));
        if (!force && onDisk !== null && ref.remoteVersion !== null && sha256Hex(onDisk) !== ref.remoteVersion) {
          throw new TargetError('conflict', `${ref.remoteId}.html was changed in ${folder} since Galley last wrote it.`);
        }
        return write(article, ref);
      }),

    unpublish: (ref) =>
      guarded(async () => {
        const manifest = await readManifest(folder);
        for (const [key, entry] of Object.entries(manifest.entries)) if (entry.slug === ref.remoteId) delete manifest.entries[key];
        await removePage(ref.remoteId);
        await saveManifest(manifest);
        return { ...ref, url: null };
      }),

    snapshot: (ref) =>
      guarded(async () => {
        const page = await readIfExists(pagePath(ref.remoteId));
        if (page === null) return null;
        const html = page.toString('utf8');
        const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ref.remoteId;
        return { title, html, remoteVersion: sha256Hex(page), url: urlOf(ref.remoteId), status: 'published' };
      }),
  };
}
