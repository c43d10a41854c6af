import { useEffect, useState } from 'react';
import { LicenceFilterSchema, type AssetWithRights, type ExpiringAsset } from '../../../shared/domain/asset';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useDebouncedValue } from '../../ui/hooks/useDebouncedValue';

export type Load<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; message: string };

/** The library filtered by words (creator, credit, licence…) and a licence, newest first. */
export function useAssetSearch(query: string, licence: string) {
  const api = useApi();
  const debounced = useDebouncedValue(query, 200);
  const [load, setLoad] = useState<Load<{ items: AssetWithRights[]; total: number }>>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    const parsed = LicenceFilterSchema.safeParse(licence);
    const filter = parsed.success ? parsed.data : null;
    api.call('assets.search', { query: debounced, licence: filter, limit: 60 }).then(
      (value) => current && setLoad({ kind: 'ready', value }),
      (error: unknown) => current && setLoad({ kind: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, debounced, licence]);
  return load;
}

/** Images whose rights end within the given days, or have ended. */
export function useExpiring(withinDays: number) {
  const api = useApi();
  const [load, setLoad] = useState<Load<ExpiringAsset[]>>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    api.call('assets.expiring', { withinDays }).then(
      (value) => current && setLoad({ kind: 'ready', value: value.items }),
      (error: unknown) => current && setLoad({ kind: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, withinDays]);
  return load;
}
