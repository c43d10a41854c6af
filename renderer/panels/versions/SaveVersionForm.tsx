import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

interface Props {
  defaultName: string;
  busy: boolean;
  onSave: (name: string) => void;
  onCancel: () => void;
}

/** Asks for a version's name, offering the next number, selected so typing replaces it. */
export function SaveVersionForm({ defaultName, busy, onSave, onCancel }: Props) {
  const [name, setName] = useState(defaultName);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed !== '') onSave(trimmed);
  };

  return (
    <form
      className="save-version"
      aria-label="Save version"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <label htmlFor={inputId} className="field__label">
        Version name
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className="input"
        type="text"
        maxLength={200}
        value={name}
        onChange={(event) => setName(event.target.value)}
        required
      />
      <div className="save-version__actions">
        <button type="submit" className="button button--primary" disabled={busy || name.trim() === ''}>
          {busy ? 'Saving…' : 'Save version'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
