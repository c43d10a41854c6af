import { useEffect, useRef, useState } from 'react';

/**
 * A text field's value while a person types in it, for a value that lives elsewhere (a
 * figure in the editor). Typing updates the field at once and hands the text on; a change
 * from elsewhere (undo, another figure) replaces it unless the field is being typed in.
 */
export function useDraft(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);
  return {
    value: draft,
    onChange: (next: string) => {
      setDraft(next);
      commit(next);
    },
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      setDraft(value);
    },
  };
}
