import { useEffect, useSyncExternalStore } from 'react';
import type { AssetSize, AssetWithRights } from '../../../shared/domain/asset';
import { DEFAULT_LICENCE_POLICY, type LicencePolicy } from '../../../shared/licences/policy';
import { errorMessage, type Api } from '../../platform/api';
import { withWindowKey } from '../../platform/windowKey';

/**
 * The images the open article shows, as the library knows them (file facts and rights),
 * shared by the figures in the text and the Rights panel: one fetch per image, and a change
 * saved in the panel shows at once in the text's credit lines.
 */
export type AssetEntry = { kind: 'loading' } | { kind: 'ready'; value: AssetWithRights } | { kind: 'failed'; message: string };

const entries = new Map<string, AssetEntry>();
const listeners = new Set<() => void>();
let policy: LicencePolicy | null = null;
let policyRequested = false;

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Puts what the library answered into the cache (after adding an image, or saving its rights). */
export function rememberAsset(value: AssetWithRights): void {
  entries.set(value.asset.id, { kind: 'ready', value });
  notify();
}

export function cachedAsset(id: string): AssetWithRights | null {
  const entry = entries.get(id);
  return entry?.kind === 'ready' ? entry.value : null;
}

function load(api: Api, id: string): void {
  if (entries.has(id)) return;
  entries.set(id, { kind: 'loading' });
  api.call('assets.get', { id }).then(
    (value) => rememberAsset(value),
    (error: unknown) => {
      entries.set(id, { kind: 'failed', message: errorMessage(error) });
      notify();
    },
  );
}

/** One image's entry, fetched on first use. */
export function useAsset(api: Api, id: string): AssetEntry {
  useEffect(() => load(api, id), [api, id]);
  return useSyncExternalStore(subscribe, () => entries.get(id) ?? LOADING);
}

const LOADING: AssetEntry = { kind: 'loading' };

/** The newsroom's licence policy (the checks need it); the default until the library answers. */
export function useLicencePolicy(api: Api): LicencePolicy {
  useEffect(() => {
    if (policyRequested) return;
    policyRequested = true;
    api.call('assets.policy', {}).then(
      (value) => {
        policy = value;
        notify();
      },
      () => {
        policyRequested = false;
      },
    );
  }, [api]);
  return useSyncExternalStore(subscribe, () => policy ?? DEFAULT_LICENCE_POLICY);
}

/** After an admin changes the policy, the figures' findings follow. */
export function rememberPolicy(value: LicencePolicy): void {
  policy = value;
  notify();
}

/** Where the web host and the app:// protocol serve a stored image (same origin, so the CSP's img-src 'self' allows it). */
// In a browser tab, the web host serves images only to a signed-in window: the address carries its key.
export const assetUrl = (id: string, size: AssetSize): string => withWindowKey(`/assets-store/${encodeURIComponent(id)}/${size}`);
