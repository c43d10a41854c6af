/**
 * What the registry needs of an editor's save queue (the editor's SaveQueue is one):
 * the window guards and signing out flush saves here without importing the editor.
 */
export interface SaveQueue {
  readonly articleId: string;
  hasUnsavedWork(): boolean;
  flush(): Promise<void>;
}

/**
 * The window's open save queues. Switching articles disposes an editor while its last save
 * may still be on its way; opening that article again waits for it, so the editor never
 * loads a copy older than what the writer typed. The unload guard asks here too.
 */
const controllers = new Set<SaveQueue>();
const lastFlush = new Map<string, Promise<void>>();

export function registerController(controller: SaveQueue): () => void {
  controllers.add(controller);
  return () => controllers.delete(controller);
}

/** Saves what is pending and remembers the save, so a reopening of the article can wait for it. */
export function flushAndTrack(controller: SaveQueue): Promise<void> {
  const flushing = controller.flush();
  lastFlush.set(controller.articleId, flushing);
  void flushing.finally(() => {
    if (lastFlush.get(controller.articleId) === flushing) lastFlush.delete(controller.articleId);
  });
  return flushing;
}

export function whenSaved(articleId: string): Promise<void> {
  return lastFlush.get(articleId) ?? Promise.resolve();
}

/** Whether a save of this article may still be on its way (whenSaved would wait for it). */
export function savePending(articleId: string): boolean {
  return lastFlush.has(articleId);
}

export function anyUnsavedWork(): boolean {
  for (const controller of controllers) if (controller.hasUnsavedWork()) return true;
  return false;
}

export function flushAll(): void {
  for (const controller of controllers) void flushAndTrack(controller);
}

/** Saves what every open editor has pending and waits for it (before signing out). */
export async function flushEverything(): Promise<void> {
  await Promise.all([...controllers].map((controller) => flushAndTrack(controller)));
}
