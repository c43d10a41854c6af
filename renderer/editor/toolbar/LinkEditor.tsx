import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { normaliseLinkUrl } from '../commands/linkUrl';

interface Props {
  initialUrl: string;
  isEditingLink: boolean;
  onApply: (url: string) => void;
  onRemove: () => void;
  onCancel: () => void;
  /** In the flow of what it is for (a footnote's note), rather than hanging under the toolbar. */
  inline?: boolean;
}

/** The small box for a link's address: checked before it is applied, with the reason when it is refused. */
export function LinkEditor({ initialUrl, isEditingLink, onApply, onRemove, onCancel, inline = false }: Props) {
  const [value, setValue] = useState(initialUrl);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const errorId = useId();

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = normaliseLinkUrl(value);
    if (checked.ok) onApply(checked.url);
    else setError(checked.message);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <form className={inline ? 'link-editor link-editor--inline' : 'link-editor'} role="dialog" aria-label={isEditingLink ? 'Edit link' : 'Insert link'} onSubmit={submit} onKeyDown={onKeyDown}>
      <label htmlFor={inputId} className="link-editor__label">
        Link address
      </label>
      <div className="link-editor__row">
        <input
          ref={inputRef}
          id={inputId}
          className="input"
          type="text"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          placeholder="https://"
          value={value}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? errorId : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="button button--primary">
          {isEditingLink ? 'Update' : 'Apply'}
        </button>
        {isEditingLink ? (
          <button type="button" className="button" onClick={onRemove}>
            Remove link
          </button>
        ) : null}
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error !== null ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
