import { useCallback, useEffect, useState } from 'react';
import type { NewsroomStatus } from '../../../shared/contract/channels/newsroom';
import { useApi, useGalleyEvent } from '../../platform/ApiContext';

/**
 * The workstation's newsroom membership and sync state, kept current by the main side's
 * `newsroom.changed` events. Null until first read, and if it cannot be read: the status
 * bar then shows nothing rather than a guess.
 */
export function useNewsroomStatus(): { status: NewsroomStatus | null; reload: () => void; set: (status: NewsroomStatus) => void } {
  const api = useApi();
  const [status, setStatus] = useState<NewsroomStatus | null>(null);
  const reload = useCallback(() => {
    api.call('newsroom.status', {}).then(setStatus, () => setStatus(null));
  }, [api]);
  useEffect(reload, [reload]);
  useGalleyEvent((event) => {
    if (event.type === 'newsroom.changed') reload();
  });
  return { status, reload, set: setStatus };
}
