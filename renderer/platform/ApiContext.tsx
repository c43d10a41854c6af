import { createContext, useContext, useEffect, useEffectEvent, type ReactNode } from 'react';
import type { GalleyEvent } from '../../shared/contract/events';
import type { Api } from './api';

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (api === null) throw new Error('useApi needs an <ApiProvider> above it');
  return api;
}

/** Calls `handler` for every event; the latest handler is used without resubscribing. */
export function useGalleyEvent(handler: (event: GalleyEvent) => void): void {
  const api = useApi();
  const onEvent = useEffectEvent(handler);
  useEffect(() => api.onEvent((event) => onEvent(event)), [api]);
}
