import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { CloseIcon } from './icons';

export type ToastTone = 'error' | 'info';

interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
}

interface ToastApi {
  showError(message: string): void;
  showInfo(message: string): void;
}

const ToastContext = createContext<ToastApi | null>(null);

const VISIBLE_MS = { error: 9000, info: 4000 } as const;
const MAX_TOASTS = 4;

/**
 * Non-blocking messages in a corner: a failed call is reported without interrupting the
 * writer. Errors are announced assertively, other news politely; identical messages shown
 * together collapse into one.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback(
    (tone: ToastTone, message: string) => {
      const id = nextId.current++;
      setToasts((current) => {
        const others = current.filter((toast) => toast.message !== message);
        return [...others, { id, tone, message }].slice(-MAX_TOASTS);
      });
      window.setTimeout(() => dismiss(id), VISIBLE_MS[tone]);
    },
    [dismiss],
  );

  const api = useMemo<ToastApi>(
    () => ({ showError: (m) => show('error', m), showInfo: (m) => show('info', m) }),
    [show],
  );

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" aria-label="Notifications" role="region">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast--${toast.tone}`}
            role={toast.tone === 'error' ? 'alert' : 'status'}
          >
            <p className="toast__message">{toast.message}</p>
            <button
              type="button"
              className="icon-button toast__close"
              aria-label="Dismiss notification"
              onClick={() => dismiss(toast.id)}
            >
              <CloseIcon />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (api === null) throw new Error('useToasts needs a <ToastProvider> above it');
  return api;
}
