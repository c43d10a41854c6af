import { useCallback, useState } from 'react';
import { errorMessage } from '../platform/api';
import { useToasts } from './toasts';

/**
 * Where a failure is told: `inline` keeps it in `error` for the form to show beside its
 * fields (a dialog, a sign-in card); `toast` shows it as a notice, for a panel's buttons
 * that have no place of their own for a message.
 */
export type FailureShown = 'inline' | 'toast';

export interface RunOptions {
  /** Said in a notice once the action has succeeded. */
  done?: string;
  /** What could not be done, put before the reason: "Couldn't save the rights" → "Couldn't save the rights: <reason>". */
  failed?: string;
  /** Runs after a failure has been told (a sign-in clears the password, a comment takes its highlight back). */
  onError?: () => void;
}

/**
 * The busy flag and failure of a form that calls Galley: one action at a time, its failure
 * told in words the person can act on. Nothing is reset on a failure, so what was typed
 * stays to be tried again. `run` resolves to whether the action succeeded.
 */
export function useFormAction(shown: FailureShown = 'inline') {
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (action: () => Promise<unknown>, options: RunOptions = {}): Promise<boolean> => {
      setBusy(true);
      if (shown === 'inline') setError(null);
      try {
        await action();
        if (options.done !== undefined) toasts.showInfo(options.done);
        return true;
      } catch (failure) {
        const message = options.failed === undefined ? errorMessage(failure) : `${options.failed}: ${errorMessage(failure)}`;
        if (shown === 'inline') setError(message);
        else toasts.showError(message);
        options.onError?.();
        return false;
      } finally {
        setBusy(false);
      }
    },
    [shown, toasts],
  );
  return { busy, error, setError, run };
}
