import { useEffect, useEffectEvent, useState } from 'react';
import { errorMessage, type Api } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import { useFormAction } from '../../ui/useFormAction';

interface Options<T> {
  load: (api: Api) => Promise<T>;
  store: (api: Api, draft: T) => Promise<T>;
  /** What it is, for the notices: "licence policy" gives "Licence policy saved." */
  what: string;
  onSaved?: (stored: T) => void;
}

/**
 * A newsroom setting an admin edits in a form: the stored copy, the draft on screen, and
 * saving it (after which both are what the host stored). Failures are told in a notice.
 */
export function useSavedDraft<T>({ load, store, what, onSaved }: Options<T>) {
  const api = useApi();
  const toasts = useToasts();
  const [saved, setSaved] = useState<T | null>(null);
  const [draft, setDraft] = useState<T | null>(null);
  const { busy: saving, run } = useFormAction('toast');
  const loadLatest = useEffectEvent(() => load(api));

  useEffect(() => {
    let current = true;
    loadLatest().then(
      (value) => {
        if (!current) return;
        setSaved(value);
        setDraft(value);
      },
      (error: unknown) => toasts.showError(`Couldn't load the ${what}: ${errorMessage(error)}`),
    );
    return () => {
      current = false;
    };
  }, [api, toasts, what]);

  const save = async () => {
    if (draft === null) return;
    await run(
      async () => {
        const stored = await store(api, draft);
        setSaved(stored);
        setDraft(stored);
        onSaved?.(stored);
      },
      { done: `${what.charAt(0).toUpperCase()}${what.slice(1)} saved.`, failed: `Couldn't save the ${what}` },
    );
  };

  const changed = draft !== null && JSON.stringify(draft) !== JSON.stringify(saved);
  return { draft, setDraft, changed, saving, save };
}
