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

/** Whether `values` ends with exactly the `tail` entries. */
function endsWith(values: string[], tail: string[]): boolean {
  const start = values.length - tail.length;
  return start >= 0 && tail.every((entry, index) => values[start + index] === entry);
}

function sameEntries(a: string[], b: string[]): boolean {
  return a.length === b.length && endsWith(a, b);
}

/**
 * A list field shown as chips (bylines, tags). Enter or a comma adds what was typed,
 * Backspace in the empty box removes the last chip, and leaving the field keeps what was
 * typed. What is still in the box is already part of the article's values (shown as text,
 * not yet as a chip), so autosave keeps it like any other field: a reload or crash before
 * Enter loses nothing, and the entry comes back as a chip.
 */
export function ChipInput({ label, itemName, values, onChange, onBlur, placeholder, maxItems, maxLength }: Props) {
  const [text, setText] = useState('');
  // The entries of `values` that stand for the text still in the box (always at the end).
  const [pending, setPending] = useState<string[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const listId = useId();
  // Values changed elsewhere (they no longer end with the pending entries): all of them are chips.
  const chips = pending.length > 0 && endsWith(values, pending) ? values.slice(0, -pending.length) : values;

  const type = (raw: string) => {
    const next = mergeEntries(chips, splitEntries(raw, maxLength), maxItems);
    setText(raw);
    setPending(next.slice(chips.length));
    if (!sameEntries(values, next)) onChange(next);
  };

  const commit = (raw: string) => {
    const entries = splitEntries(raw, maxLength);
    const next = mergeEntries(chips, entries, maxItems);
    if (!sameEntries(values, next)) onChange(next);
    setText('');
    setPending([]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit(text);
    } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
      event.preventDefault();
      onChange(chips.slice(0, -1));
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    if (!/[,\n]/.test(pasted)) return;
    event.preventDefault();
    commit(text + pasted);
  };

  const remove = (index: number) => {
    onChange([...chips.filter((_, i) => i !== index), ...pending]);
    inputRef.current?.focus();
  };

  return (
    <div className="field">
      <label htmlFor={inputId} className="field__label">
        {label}
      </label>
      <div className="chips" onClick={(event) => event.target === event.currentTarget && inputRef.current?.focus()}>
        <ul className="chips__list" id={listId} aria-label={label}>
          {chips.map((value, index) => (
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
          placeholder={chips.length === 0 ? placeholder : ''}
          aria-describedby={listId}
          disabled={chips.length >= maxItems}
          maxLength={maxLength * 4}
          onChange={(event) => type(event.target.value)}
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
