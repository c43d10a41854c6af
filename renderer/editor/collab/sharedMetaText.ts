import { useEffect, useEffectEvent } from 'react';
import type * as Y from 'yjs';
import { replaceText } from '../../../shared/collab/meta';
import { DEK_TEXT, HEADLINE_TEXT } from '../../../shared/collab/layout';
import type { BridgeProvider } from './BridgeProvider';

type Texts = { headline: string; dek: string };

/** This window's own typing in the headline or standfirst (not to be read back into the fields). */
const TYPED_HERE = Symbol('galley headline typed here');

/**
 * The headline and standfirst of a shared article are Y.Texts (shared/collab/layout.ts), so
 * two people retyping them merge by character. Calls `apply` whenever someone else changes
 * them (the first time: when the document's state arrives).
 */
export function useSharedMetaText(provider: BridgeProvider | null, apply: (texts: Texts) => void): void {
  const onTexts = useEffectEvent(apply);
  useEffect(() => {
    if (provider === null) return;
    const headline = provider.doc.getText(HEADLINE_TEXT);
    const dek = provider.doc.getText(DEK_TEXT);
    const read = () => onTexts({ headline: headline.toString(), dek: dek.toString() });
    const onChange = (_event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin !== TYPED_HERE) read();
    };
    // The state may already be in (it arrives when the body binds); an empty document is not news.
    if (headline.length + dek.length > 0) read();
    headline.observe(onChange);
    dek.observe(onChange);
    return () => {
      headline.unobserve(onChange);
      dek.unobserve(onChange);
    };
  }, [provider]);
}

/** Writes what was typed into the shared texts, changing only the part that differs. */
export function writeSharedMetaText(provider: BridgeProvider, texts: Texts): void {
  provider.doc.transact(() => {
    replaceText(provider.doc.getText(HEADLINE_TEXT), texts.headline);
    replaceText(provider.doc.getText(DEK_TEXT), texts.dek);
  }, TYPED_HERE);
}
