import type { ArticleBody } from '../../../shared/content/body';
import type { ArticleMeta } from '../../../shared/domain/article';
import type { Source } from '../../../shared/domain/source';
import type { ImageRights } from '../../../shared/domain/asset';
import type { JsonLdClaims } from '../../../shared/content/render/jsonld';

/**
 * The seam between the outbox and one kind of publishing backend (Ghost, WordPress, a
 * folder, a webhook). The outbox owns durability, retries and ordering; a target only
 * speaks its backend's protocol. Every method may throw a `TargetError`; anything else
 * thrown is treated as a transient fault (retried).
 */

/** One image as it goes out: the bytes once, plus what the reader must see with it. */
export interface OutgoingImage {
  /** The Galley asset id: stable across revisions, so an image is uploaded once per target. */
  assetId: string;
  fileName: string;
  mediaType: string;
  /** Reads the file (the largest web rendition) only when the target must upload it. */
  read(): Promise<Uint8Array>;
  alt: string;
  caption: string;
  /** The credit line as plain text ("Photo: Jane Roe / Agency"). */
  credit: string;
  rights: ImageRights | null;
}

/**
 * What goes out for one approval (the publication it keeps, ../publication): already redacted (confidential sources removed
 * from body, footnotes and sources), with figures resolved. Targets render it with the
 * shared renderers in their own dialect (WordPress `data-fn` footnotes, Ghost HTML…).
 */
export interface OutgoingArticle {
  articleId: string;
  /** The stable key used to find an earlier copy before creating one (never twice). */
  key: string;
  revisionId: string;
  revisionNumber: number;
  meta: ArticleMeta;
  body: ArticleBody;
  sources: Source[];
  /** The figures' images in body order, feature image first when there is one. */
  images: OutgoingImage[];
  featureImageAssetId: string | null;
  /**
   * The claims the approval publishes as ClaimReview (the outlet's Settings at approval); null
   * or absent when none are. The targets that can carry it add their ClaimReview.
   */
  factChecks?: JsonLdClaims | null;
  /** When it is to appear (UTC ISO); null: now. */
  publishAt: string | null;
  /** First published (UTC ISO), kept on updates. */
  firstPublishedAt: string | null;
  /** Set when this send corrects a published article. */
  correctionNote: string | null;
  /** The outbox job's id: the same on every retry of one send (webhooks send it as the idempotency key). */
  deliveryId?: string;
  /**
   * Applies the export redaction to rendered output. The article is already redacted; a target
   * passes what it renders through this too, so no renderer can reintroduce a confidential name.
   */
  redactText?: (text: string) => string;
}

/** What an unpublish knows besides the remote copy. */
export interface UnpublishContext {
  deliveryId?: string;
  articleId?: string;
}

/** What Galley remembers of a remote copy between syncs. */
export interface RemoteRef {
  /** The backend's id for the post (Ghost post id, WordPress post id, folder file name, webhook key). */
  remoteId: string;
  /** Where a reader finds it, when the backend says. */
  url: string | null;
  /**
   * The backend's change marker as last seen by Galley (Ghost `updated_at`, WordPress
   * `modified_gmt`); a different one on the backend means someone else changed the post.
   */
  remoteVersion: string | null;
  /** Images already uploaded to this target: asset id → remote URL. */
  images: Record<string, string>;
}

/** A summary of the remote copy, for the conflict view (both versions side by side). */
export interface RemoteSnapshot {
  title: string;
  html: string;
  remoteVersion: string | null;
  url: string | null;
  status: string;
}

export type TargetErrorKind =
  | 'unreachable' // connection refused, DNS, TLS, timeout: retry later
  | 'rate_limited' // 429: retry after `retryAfterMs`
  | 'server_error' // 5xx: retry later
  | 'unauthorised' // bad key or password: stop, tell the admin
  | 'forbidden' // the key works but may not do this: stop, tell the admin
  | 'rejected' // the backend refused the content (4xx): stop, show the reason
  | 'conflict' // the remote copy changed since the last sync: stop, let the desk chief choose
  | 'not_found'; // the remote copy is gone

export class TargetError extends Error {
  constructor(
    readonly kind: TargetErrorKind,
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'TargetError';
  }

  /** Worth trying again later without anyone doing anything. */
  get transient(): boolean {
    return this.kind === 'unreachable' || this.kind === 'rate_limited' || this.kind === 'server_error';
  }
}

export interface ConnectionReport {
  ok: boolean;
  /** Plain words for the admin: "Connected as Galley to https://…", "The Admin API key was refused." */
  message: string;
}

export interface PublishTarget {
  /** Says in plain words whether the target can be reached and written with these settings. */
  testConnection(): Promise<ConnectionReport>;
  /**
   * Looks for a copy made by an earlier attempt whose result was never recorded (a crash
   * between sending and recording), by `article.key`. Returns it, or null when there is none.
   */
  find(article: Pick<OutgoingArticle, 'articleId' | 'key' | 'meta'>): Promise<RemoteRef | null>;
  /** Creates the remote copy. */
  create(article: OutgoingArticle, known: RemoteRef | null): Promise<RemoteRef>;
  /**
   * Replaces the remote copy. Throws `TargetError('conflict')` when the backend's change
   * marker differs from `ref.remoteVersion`, unless `force` (the desk chief chose Galley's copy).
   */
  update(article: OutgoingArticle, ref: RemoteRef, options: { force: boolean }): Promise<RemoteRef>;
  /** Takes the copy down (draft on Ghost and WordPress, files removed from a folder). */
  unpublish(ref: RemoteRef, context?: UnpublishContext): Promise<RemoteRef>;
  /** The remote copy as it is now, for the conflict view; null when it is gone. */
  snapshot(ref: RemoteRef): Promise<RemoteSnapshot | null>;
}
