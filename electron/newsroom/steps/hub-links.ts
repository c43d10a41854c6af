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
export function hubLinks({ onOpen }: { onOpen?: (articleId: string, shared: OpenShared) => () => void } = {}) {
  const open = new Map<string, OpenShared>();
  return {
    /**
     * Returns the undo: call it before the replica and link are closed (what `onOpen`
     * started, such as writing the text back to the article, ends with it).
     */
    register(articleId: string, shared: OpenShared): () => void {
      open.set(articleId, shared);
      const stop = onOpen?.(articleId, shared);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        stop?.();
        if (open.get(articleId) === shared) open.delete(articleId);
      };
    },
    find(articleId: string): OpenShared | null {
      return open.get(articleId) ?? null;
    },
  };
}
