import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import { GalleyError } from '../../shared/contract/errors';
import type { AddedAsset, AssetSize, AssetWithRights, ImageRights } from '../../shared/domain/asset';
import type { Session } from '../../shared/domain/session';
import { canCreateArticles, canManageUsers } from '../../shared/workflow/policy';
import { imageFindings } from '../../shared/checks/images';
import type { ImageCheckContext, ImageRecord } from '../../shared/checks/images-context';
import { licenceById } from '../../shared/licences/catalogue';
import type { LicencePolicy } from '../../shared/licences/policy';
import { readEmbeddedMetadata } from './embedded-metadata';
import { ImageRejectedError, inspectImage, makeDerivatives } from './process-image';
import type { AssetRepository, AssetSearch } from './repository';
import { assetStore, sha256, storedMediaType } from './store';
import { renderVariant, variantFileName } from './variants';
import type { FigureFields } from '../../shared/content/nodes/figure-data';
import type { PublicationGuard } from '../workflow/publication-guard';

export interface AssetServiceDeps {
  db: Db;
  dataDir: string;
  /** Holds approved articles to what they approved: an image's rights and credit line are part of every article showing it. */
  /** The library's rows (built once, in the composition root). */
  assets: AssetRepository;
  publications: PublicationGuard;
  /** An article's scheduled publication time, if it has one (the articles' workflow columns). */
  publishAt: (articleId: string) => string | null;
  now?: () => Date;
}

export interface AssetFile {
  body: Buffer;
  mediaType: string;
}

export interface ExpiringAsset extends AssetWithRights {
  /** Whole days from today (UTC) to the last day of use; negative when the rights have ended. */
  daysLeft: number;
}

const DAY_MS = 86_400_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** A person-given file name, kept for display only: no folders, no control characters, not too long. */
function displayName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean === '' ? 'image' : clean).slice(0, 200);
}

/**
 * The image library: adding a file (validated by its bytes, stored once by hash, its
 * rights read from its IPTC/XMP), finding and reusing images, editing their rights, the
 * expiring-rights report and the licence policy. The checks read it through checkContext().
 */
export function assetService({ db, assets, dataDir, publications, publishAt, now = () => new Date() }: AssetServiceDeps) {
  const store = assetStore(dataDir);

  function mustFind(id: string): AssetWithRights {
    const found = assets.find(id);
    if (found === null) throw new GalleyError('NOT_FOUND', 'That image is not in the library (it may have been added on another workstation).');
    return found;
  }

  function requireImageEditor(session: Session): void {
    if (!canCreateArticles(session.role)) {
      throw new GalleyError('FORBIDDEN', 'Admins manage people and settings; sign in as a writer, editor or desk chief to work with images.');
    }
  }

  function publicationTime(articleId: string): Date {
    const scheduled = publishAt(articleId);
    const at = scheduled === null ? Number.NaN : Date.parse(scheduled);
    const current = now();
    return Number.isFinite(at) && at > current.getTime() ? new Date(at) : current;
  }

  /** The findings of an image as if placed in an article as it is: its caption and alt text as its metadata gives them. */
  function findingsFor(found: AssetWithRights) {
    const figure = {
      assetId: found.asset.id,
      caption: found.asset.suggestedCaption,
      alt: found.asset.suggestedAlt,
      credit: '',
      crop: null,
      rotation: 0 as const,
    };
    const order = { block: 0, warn: 1, info: 2 } as const;
    return imageFindings(figure, { fileName: found.asset.fileName, rights: found.rights }, assets.policy(), now()).sort(
      (a, b) => order[a.severity] - order[b.severity],
    );
  }

  /** Rights as a person entered them: a licence's deed follows the catalogue unless it is a port's own. */
  function normaliseRights(rights: ImageRights): ImageRights {
    if (rights.licence === null) return rights;
    const licence = licenceById(rights.licence.id);
    const url = rights.licence.url ?? licence?.url ?? null;
    return { ...rights, licence: { id: rights.licence.id, url: url === '' ? null : url } };
  }

  return {
    async add(session: Session, fileName: string, bytes: Buffer): Promise<AddedAsset> {
      requireImageEditor(session);
      const name = displayName(fileName);
      try {
        const inspected = await inspectImage(bytes, name);
        const hash = sha256(bytes);
        const existing = assets.findBySha(hash);
        if (existing !== null) return { ...existing, duplicate: true, findings: findingsFor(existing) };
        const derivatives = await makeDerivatives(bytes, name);
        const embedded = await readEmbeddedMetadata(bytes);
        await store.put(hash, inspected.format, { original: bytes, web: derivatives.web, thumb: derivatives.thumb });
        const id = randomUUID();
        try {
          assets.insert({
            id,
            sha256: hash,
            format: inspected.format,
            width: inspected.width,
            height: inspected.height,
            bytes: bytes.length,
            fileName: name,
            suggestedCaption: embedded.caption,
            suggestedAlt: embedded.alt,
            embedded: embedded.rights,
            rights: embedded.rights,
            createdBy: session.userId,
            now: now().toISOString(),
          });
        } catch (error) {
          // Two windows adding the same file at once: the other one stored it first.
          const raced = assets.findBySha(hash);
          if (raced !== null) return { ...raced, duplicate: true, findings: findingsFor(raced) };
          throw error;
        }
        const added = mustFind(id);
        return { ...added, duplicate: false, findings: findingsFor(added) };
      } catch (error) {
        if (error instanceof ImageRejectedError) throw new GalleyError('BAD_INPUT', error.message);
        throw error;
      }
    },

    get(id: string): AssetWithRights {
      return mustFind(id);
    },

    search(search: AssetSearch) {
      return assets.search(search);
    },

    updateRights(session: Session, id: string, rights: ImageRights): AssetWithRights {
      requireImageEditor(session);
      db.transaction(() => {
        const found = mustFind(id);
        const write = () => assets.updateRights(id, normaliseRights(rights), session.userId, now().toISOString());
        publications.change(session, `The rights of the image “${found.asset.fileName}”`, { assetId: id }, write);
      }).immediate();
      return mustFind(id);
    },

    /** Images whose rights end within `withinDays` of today, or have ended: soonest first. */
    expiring(withinDays: number): ExpiringAsset[] {
      const today = Date.parse(`${dayOf(now())}T00:00:00.000Z`);
      return assets.expiringBy(dayOf(new Date(today + withinDays * DAY_MS))).map((found) => ({
        ...found,
        daysLeft: Math.round((Date.parse(`${found.rights.expiresOn ?? ''}T00:00:00.000Z`) - today) / DAY_MS),
      }));
    },

    policy(): LicencePolicy {
      return assets.policy();
    },

    setPolicy(session: Session, policy: LicencePolicy): LicencePolicy {
      if (!canManageUsers(session.role)) throw new GalleyError('FORBIDDEN', 'Only an admin sets the licence policy.');
      assets.setPolicy(policy, session.userId, now().toISOString());
      return assets.policy();
    },

    /** A stored file for the web host and the app:// protocol, by asset id and size: never by a path. */
    async file(id: string, size: AssetSize): Promise<AssetFile | null> {
      const found = assets.find(id);
      if (found === null) return null;
      const body = await store.read(found.asset.sha256, found.asset.format, size);
      return body === null ? null : { body, mediaType: storedMediaType(found.asset.format, size) };
    },

    /** The bytes behind a figure's exported address (figure-image.ts), for publishing targets that upload images. */
    async variant(figure: Pick<FigureFields, 'assetId' | 'crop' | 'rotation'>): Promise<{ fileName: string; body: Buffer } | null> {
      const found = assets.find(figure.assetId);
      if (found === null) return null;
      const original = await store.read(found.asset.sha256, found.asset.format, 'original');
      if (original === null) return null;
      const fileName = variantFileName(found.asset, figure.crop, figure.rotation);
      if (figure.crop === null && figure.rotation === 0) return { fileName, body: original };
      return { fileName, body: await renderVariant(original, found.asset.format, figure.crop, figure.rotation) };
    },

    /** What the image checks read: current rights and policy on every run. */
    checkContext(): ImageCheckContext {
      return {
        asset: (id): ImageRecord | null => {
          const found = assets.find(id);
          return found === null ? null : { fileName: found.asset.fileName, rights: found.rights };
        },
        policy: () => assets.policy(),
        publicationTime,
      };
    },
  };
}

export type AssetService = ReturnType<typeof assetService>;
