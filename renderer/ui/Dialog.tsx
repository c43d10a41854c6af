import { useEffect, useId, useRef, type ReactNode } from 'react';
import { CloseIcon } from './icons';

interface Props {
  title: string;
  /** A line under the title (a date, a count). */
  subtitle?: string;
  /** `alertdialog` for a question that needs an answer (a confirmation). */
  role?: 'dialog' | 'alertdialog';
  size?: 'small' | 'large';
  onClose: () => void;
  footer: ReactNode;
  children: ReactNode;
}

/**
 * A modal on the native <dialog>: the browser traps focus, closes on Escape and restores
 * focus to where it was, which is what a keyboard user expects.
 */
export function Dialog({ title, subtitle, role = 'dialog', size = 'small', onClose, footer, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first control (the Close button), and React's autoFocus fired while
    // the dialog was still closed: a dialog names its better start (the field it asks for, or a
    // confirmation's Cancel) with data-autofocus.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={role === 'alertdialog' ? bodyId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (event.target === ref.current) onClose();
      }}
    >
      <div className="dialog__box">
        <header className="dialog__header">
          <div>
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
            {subtitle !== undefined ? <p className="dialog__subtitle">{subtitle}</p> : null}
          </div>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            <CloseIcon />
          </button>
        </header>
        <div id={bodyId} className="dialog__body">
          {children}
        </div>
        <footer className="dialog__footer">{footer}</footer>
      </div>
    </dialog>
  );
}
