import { useCallback, useState } from 'react';
import { errorMessage } from '../platform/api';

/**
 * The busy flag and error message of a form that calls Galley: one action at a time, its
 * failure shown as a message the person can act on. `onError` runs after a failure (a
 * sign-in clears the password, say).
 */
export function useFormAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<void>, onError?: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(errorMessage(failure));
      onError?.();
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
