import type { HubLink } from '../replica/hub-link';
import type { Replica } from '../replica/replica';

/** A shared article open on this workstation: its replica and its link to the hub. */
export interface OpenShared {
  replica: Replica;
  link: HubLink;
}

export type HubLinks = ReturnType<typeof hubLinks>;

/**
 * The shared articles open on this workstation, by article id: whoever opens a replica and
 * its link (the live relay) registers them here, and the services that act through the hub
 * (steps, write-back) find them here. One registry, built by the composition root.
 */
/** What the composition root runs beside an open shared article (writing its text back): ended at close. */
export interface WhileOpen {
  /** Brings the article's row up to its shared text now. */
  flush(): void;
  close(): void;
}

export function hubLinks({ onOpen }: { onOpen?: (articleId: string, shared: OpenShared) => WhileOpen } = {}) {
  const open = new Map<string, OpenShared>();
  const running = new Map<string, WhileOpen>();
  return {
    /**
     * Returns the undo: call it before the replica and link are closed (what `onOpen`
     * started, such as writing the text back to the article, ends with it).
     */
    register(articleId: string, shared: OpenShared): () => void {
      open.set(articleId, shared);
      const alongside = onOpen?.(articleId, shared);
      if (alongside !== undefined) running.set(articleId, alongside);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        alongside?.close();
        if (running.get(articleId) === alongside) running.delete(articleId);
        if (open.get(articleId) === shared) open.delete(articleId);
      };
    },
    /** Brings an open shared article's row up to its text now (before a step reads the row). */
    flush(articleId: string): void {
      running.get(articleId)?.flush();
    },
    find(articleId: string): OpenShared | null {
      return open.get(articleId) ?? null;
    },
  };
}
