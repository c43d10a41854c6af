import type { ArticleBody } from '../../../shared/content/body';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract/channels';
import type { ErrorCode } from '../../../shared/contract/errors';
import type { ArticleMeta } from '../../../shared/domain/article';

export type SaveStatus =
  | { kind: 'saved'; savedAt: string }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string; retryAt: number }
  /** Stopped: the article changed elsewhere, or (`locked`) this person may no longer edit it. */
  | { kind: 'conflict'; message: string; locked?: boolean };

export type SaveRequest = ChannelInput<'articles.save'>;
export type SaveResult = ChannelOutput<'articles.save'>;

export interface SaveControllerOptions {
  articleId: string;
  /** The version the editor loaded: the first save is based on it. */
  baseVersion: number;
  /** When the loaded copy was last saved, for the status bar. */
  savedAt: string;
  save: (request: SaveRequest) => Promise<SaveResult>;
  /** Tells a conflict (never retried) from a failure (retried). */
  errorCode: (error: unknown) => ErrorCode | null;
  debounceMs?: number;
  onSaved?: (result: SaveResult) => void;
}

const DEFAULT_DEBOUNCE_MS = 700;
const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 30_000;

/**
 * The autosave queue of one open article.
 *
 * Edits only mark what changed (metadata replaced, body "dirty"); the body is read and
 * serialised once, when a save actually starts, so typing costs nothing proportional to
 * the document. Saves are serialised: one in flight at a time, and changes made meanwhile
 * go in the next save with the latest state. Each save carries the version it is based on;
 * a CONFLICT stops the queue (nothing is overwritten) until the writer decides, while
 * other failures are retried with backoff and the changes kept.
 */
export class SaveController {
  readonly articleId: string;
  private version: number;
  private status: SaveStatus;
  private readonly listeners = new Set<() => void>();
  private pendingMeta: ArticleMeta | null = null;
  private bodyDirty = false;
  private readBody: (() => ArticleBody) | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private saveAgain = false;
  private failures = 0;
  private disposed = false;
  private readonly debounceMs: number;

  constructor(private readonly options: SaveControllerOptions) {
    this.articleId = options.articleId;
    this.version = options.baseVersion;
    this.status = { kind: 'saved', savedAt: options.savedAt };
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  }

  getStatus = (): SaveStatus => this.status;

  /** The version the next save will be based on. */
  getVersion(): number {
    return this.version;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Where the body comes from when a save starts: the editor registers itself here. */
  setBodyReader(readBody: (() => ArticleBody) | null): void {
    this.readBody = readBody;
  }

  metaChanged(meta: ArticleMeta): void {
    this.pendingMeta = meta;
    this.changed();
  }

  bodyChanged(): void {
    if (this.bodyDirty && this.debounceTimer !== null && this.status.kind === 'unsaved') {
      // Already marked and waiting: only push the save back, the cheapest path for a keystroke.
      this.restartDebounce();
      return;
    }
    this.bodyDirty = true;
    this.changed();
  }

  /** Whether closing now would lose something. */
  hasUnsavedWork(): boolean {
    return this.pendingMeta !== null || this.bodyDirty || this.running !== null;
  }

  /**
   * Saves now whatever is pending (Ctrl+S, blur, switching articles, before a version or a
   * restore). Resolves when everything marked before the call is saved, or the save failed.
   */
  flush(): Promise<void> {
    this.clearTimers();
    if (this.running !== null) {
      this.saveAgain = true;
      return this.running;
    }
    if (!this.hasPending() || this.status.kind === 'conflict') return Promise.resolve();
    const run = this.drain().finally(() => {
      this.running = null;
    });
    this.running = run;
    return run;
  }

  /** Forgets unsaved changes: the writer chose to load the newer copy after a conflict. */
  discardChanges(): void {
    this.clearTimers();
    this.pendingMeta = null;
    this.bodyDirty = false;
  }

  /** Stops timers; an unsaved change is left to whoever disposes (they flush first if they want it kept). */
  dispose(): void {
    this.disposed = true;
    this.clearTimers();
    this.listeners.clear();
  }

  private hasPending(): boolean {
    return this.pendingMeta !== null || this.bodyDirty;
  }

  private changed(): void {
    if (this.status.kind === 'conflict') return; // held until the writer reloads
    if (this.status.kind === 'saved') this.setStatus({ kind: 'unsaved' });
    // While failing, the retry timer decides when to try again, not each pause in typing.
    if (this.status.kind !== 'failed') this.restartDebounce();
  }

  private restartDebounce(): void {
    if (this.debounceTimer !== null) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null;
      void this.flush();
    }, this.debounceMs);
  }

  private clearTimers(): void {
    if (this.debounceTimer !== null) clearTimeout(this.debounceTimer);
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.debounceTimer = null;
    this.retryTimer = null;
  }

  private async drain(): Promise<void> {
    do {
      this.saveAgain = false;
      const meta = this.pendingMeta;
      const withBody = this.bodyDirty && this.readBody !== null;
      if (meta === null && !withBody) break;
      this.pendingMeta = null;
      this.bodyDirty = false;
      let body: ArticleBody | undefined;
      try {
        // The one place the whole document is serialised: once per save, never per keystroke.
        body = withBody && this.readBody !== null ? this.readBody() : undefined;
      } catch (error) {
        this.bodyDirty = true;
        this.pendingMeta ??= meta;
        this.fail(error);
        return;
      }
      this.setStatus({ kind: 'saving' });
      try {
        const result = await this.options.save({
          id: this.articleId,
          baseVersion: this.version,
          ...(meta !== null ? { meta } : {}),
          ...(body !== undefined ? { body } : {}),
        });
        this.version = result.version;
        this.failures = 0;
        this.options.onSaved?.(result);
        if (!this.hasPending()) this.setStatus({ kind: 'saved', savedAt: result.updatedAt });
      } catch (error) {
        // Keep what this save carried, unless a newer change has replaced it since.
        this.pendingMeta ??= meta;
        if (body !== undefined) this.bodyDirty = true;
        const code = this.options.errorCode(error);
        if (code === 'CONFLICT') {
          this.setStatus({
            kind: 'conflict',
            message: 'This article was changed somewhere else (in another window, or by someone else) after you opened it.',
          });
        } else if (code === 'FORBIDDEN') {
          // Someone took the article over, or it moved on in the workflow: retrying cannot help.
          const reason = error instanceof Error ? error.message : String(error);
          this.setStatus({ kind: 'conflict', locked: true, message: `You can no longer edit this article. ${reason}` });
        } else {
          this.fail(error);
        }
        return;
      }
    } while (this.saveAgain && !this.disposed);
    if (this.hasPending()) {
      this.setStatus({ kind: 'unsaved' });
      if (this.debounceTimer === null && !this.disposed) this.restartDebounce();
    }
  }

  private fail(error: unknown): void {
    this.failures += 1;
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.failures - 1));
    const message = error instanceof Error ? error.message : String(error);
    this.setStatus({ kind: 'failed', message, retryAt: Date.now() + delay });
    if (this.disposed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, delay);
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
