import { useCallback } from 'react';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import type { Doc } from 'yjs';
import type { BridgeProvider } from './BridgeProvider';

interface Props {
  provider: BridgeProvider;
  person: { name: string; color: string };
}

/**
 * The body bound to the shared document through the relay, in place of the history and
 * the body's autosave: Yjs undo (only this window's own changes), remote carets and
 * selections. Never bootstraps: a shared document is seeded once, in the main process,
 * from the article row (see electron/newsroom/live/relay.ts).
 */
export function LiveCollaborationPlugin({ provider, person }: Props) {
  const providerFactory = useCallback(
    (id: string, docMap: Map<string, Doc>) => {
      docMap.set(id, provider.doc);
      return provider;
    },
    [provider],
  );
  return (
    <CollaborationPlugin
      id="body"
      providerFactory={providerFactory}
      shouldBootstrap={false}
      username={person.name}
      cursorColor={person.color}
    />
  );
}
