import type { ArticleBody } from '../../../shared/content/body';
import type { ArticleMeta } from '../../../shared/domain/article';
import type { Replica } from '../replica/replica';

/** Quiet time after the last change before the text is written back. */
export const WRITEBACK_DEBOUNCE_MS = 1_000;
/** Typing without a pause is written back at least this often. */
export const WRITEBACK_MAX_WAIT_MS = 5_000;

export interface WriteBackOptions {
  articleId: string;
  replica: Replica;
  /** The article service's `writeShared`: the working copy, no revision, no audit. */
  write(articleId: string, meta: ArticleMeta, body: ArticleBody): unknown;
  log: (message: string, error: unknown) => void;
  debounceMs?: number;
  maxWaitMs?: number;
}

export interface WriteBack {
  /** Writes now if anything is pending. */
  flush(): void;
  /** Stops following the replica, writing what is pending first. */
  close(): void;
}

/**
 * Keeps a shared article's row (the working copy search, checks, exports and the list
 * read) in step with its replica: written a short while after the text stops changing,
 * at least every few seconds while it keeps changing, and on close; never per keystroke.
 *
 * Never while the replica's editor has stopped following its document (`failure()`): the
 * body it would give is not the article, and the row keeps the last good text. Never
 * throws: it runs from the replica's update listener and from timers.
 */
export function writeBack(options: WriteBackOptions): WriteBack {
  const { articleId, replica, write, log } = options;
  const debounceMs = options.debounceMs ?? WRITEBACK_DEBOUNCE_MS;
  const maxWaitMs = options.maxWaitMs ?? WRITEBACK_MAX_WAIT_MS;
  let timer: NodeJS.Timeout | null = null;
  let pendingSince: number | null = null;
  let warned = false;

  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pendingSince === null) return;
    pendingSince = null;
    const failure = replica.failure();
    if (failure !== null) {
      if (!warned) log(`the shared text of article ${articleId} is not written back: its replica cannot read it`, failure);
      warned = true;
      return;
    }
    try {
      write(articleId, replica.meta(), replica.body());
    } catch (error) {
      log(`could not write the shared text of article ${articleId} back to it`, error);
    }
  };
  const changed = (): void => {
    const now = Date.now();
    pendingSince ??= now;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(debounceMs, pendingSince + maxWaitMs - now)));
  };
  const stop = replica.onLogged(changed);

  return {
    flush,
    close() {
      stop();
      flush();
    },
  };
}
