import { useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { CloseIcon } from '../../ui/icons';

interface Props {
  label: string;
  /** What one chip is called, for the remove buttons: "Remove byline Jane Doe". */
  itemName: string;
  values: string[];
  onChange: (values: string[]) => void;
  onBlur?: () => void;
  placeholder: string;
  maxItems: number;
  maxLength: number;
}

/** Splits typed or pasted text at commas (and new lines) into clean, de-duplicated entries. */
export function splitEntries(text: string, maxLength: number): string[] {
  return text
    .split(/[,\n]/)
    .map((part) => part.replace(/\s+/g, ' ').trim().slice(0, maxLength))
    .filter((part) => part !== '');
}

function mergeEntries(values: string[], added: string[], maxItems: number): string[] {
  const seen = new Set(values.map((value) => value.toLocaleLowerCase()));
  const merged = [...values];
  for (const entry of added) {
    const key = entry.toLocaleLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      merged.push(entry);
    }
  }
  return merged.slice(0, maxItems);
}

/**
 * A list field shown as chips (bylines, tags). Enter or a comma adds what was typed,
 * Backspace in the empty box removes the last chip, and leaving the field keeps what was
 * typed, so nothing typed is dropped.
 */
export function ChipInput({ label, itemName, values, onChange, onBlur, placeholder, maxItems, maxLength }: Props) {
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const listId = useId();

  const commit = (raw: string) => {
    const entries = splitEntries(raw, maxLength);
    if (entries.length > 0) onChange(mergeEntries(values, entries, maxItems));
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit(text);
    } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
      event.preventDefault();
      onChange(values.slice(0, -1));
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    if (!/[,\n]/.test(pasted)) return;
    event.preventDefault();
    commit(text + pasted);
  };

  const remove = (index: number) => {
    onChange(values.filter((_, i) => i !== index));
    inputRef.current?.focus();
  };

  return (
    <div className="field">
      <label htmlFor={inputId} className="field__label">
        {label}
      </label>
      <div className="chips" onClick={(event) => event.target === event.currentTarget && inputRef.current?.focus()}>
        <ul className="chips__list" id={listId} aria-label={label}>
          {values.map((value, index) => (
            <li key={`${value}-${index}`} className="chip">
              <span className="chip__text" dir="auto">
                {value}
              </span>
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove ${itemName} ${value}`}
                onClick={() => remove(index)}
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
        <input
          ref={inputRef}
          id={inputId}
          className="chips__input"
          type="text"
          dir="auto"
          value={text}
          placeholder={values.length === 0 ? placeholder : ''}
          aria-describedby={listId}
          disabled={values.length >= maxItems}
          maxLength={maxLength * 4}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onBlur={() => {
            commit(text);
            onBlur?.();
          }}
        />
      </div>
    </div>
  );
}
