import { useEffect, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import type { QuoteStyle } from '../../../shared/content/smart-quotes';
import type { StyleMatch } from '../../../shared/style/matcher';
import { fieldKey, useArticleStyle, useMixedNames } from './articleStyle';
import { curlTypedInTextarea } from './curlInTextarea';
import { StyleFixBox } from './StyleFixBox';
import './style.css';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> {
  /** Which metadata field this is (`headline`, `dek`): its entry in the article's house-style index. */
  field: string;
  value: string;
  onText: (text: string) => void;
  /** The quotes typed quotes are curled to (the article's), or null to keep them straight. */
  quotes: QuoteStyle | null;
}

/** The text split at the matches, for the mirror under the field. */
function segments(text: string, matches: readonly StyleMatch[]): Array<{ text: string; match: StyleMatch | null }> {
  const parts: Array<{ text: string; match: StyleMatch | null }> = [];
  let at = 0;
  for (const match of matches) {
    if (match.offset < at) continue;
    if (match.offset > at) parts.push({ text: text.slice(at, match.offset), match: null });
    parts.push({ text: text.slice(match.offset, match.offset + match.length), match });
    at = match.offset + match.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: null });
  return parts;
}

/**
 * A headline or standfirst field with the body's house-style underlines and fixes. A
 * textarea's text cannot be highlighted, so a mirror of it lies underneath, laid out the
 * same, with the flagged words marked; the field is transparent over it. A click on a
 * flagged word, or Alt+Enter in it, opens the same fix box as in the body. The fix is typed
 * into the field (insertText): the field's own undo takes it back, and it is saved like typing.
 * Quotes typed in it are curled as in the body.
 */
export function StyledTextarea({ field, value, onText, quotes, className, readOnly = false, onKeyDown, onClick, ...rest }: Props) {
  const style = useArticleStyle();
  useMixedNames(style);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<StyleMatch | null>(null);

  useEffect(() => {
    style?.set(fieldKey(field), value);
  }, [style, field, value]);
  useEffect(() => () => void style?.delete(fieldKey(field)), [style, field]);

  // A listener on the field itself: it runs before React's onChange sees the typed quote.
  useEffect(() => {
    const element = textarea.current;
    if (element === null || quotes === null || readOnly) return undefined;
    const curl = (event: Event) => curlTypedInTextarea(element, event, quotes);
    element.addEventListener('input', curl);
    return () => element.removeEventListener('input', curl);
  }, [quotes, readOnly]);

  const matches = style === null ? [] : style.shownIn(value);

  const offerAtCaret = (): boolean => {
    const element = textarea.current;
    if (element === null) return false;
    const from = element.selectionStart;
    const to = element.selectionEnd;
    const found = matches.find((m) => m.offset <= from && to <= m.offset + m.length) ?? null;
    setOpen(found);
    return found !== null;
  };

  const apply = (match: StyleMatch, replacement: string) => {
    setOpen(null);
    const element = textarea.current;
    // The words moved or changed since the fix was offered: leave them alone.
    if (element === null || value.slice(match.offset, match.offset + match.length) !== match.text) return;
    element.focus();
    element.setSelectionRange(match.offset, match.offset + match.length);
    if (!document.execCommand('insertText', false, replacement)) {
      onText(value.slice(0, match.offset) + replacement + value.slice(match.offset + match.length));
    }
  };

  const close = () => {
    setOpen(null);
    textarea.current?.focus();
  };

  const anchor = () => {
    const mark = open === null ? null : mirror.current?.querySelector(`[data-offset="${open.offset}"]`);
    return (mark ?? textarea.current)?.getBoundingClientRect() ?? null;
  };

  return (
    <div className="style-field">
      <div ref={mirror} className={`${className ?? ''} style-field__mirror`} aria-hidden="true">
        {segments(value, matches).map((part) =>
          part.match === null ? (
            part.text
          ) : (
            <mark key={part.match.offset} className="style-field__mark" data-offset={part.match.offset}>
              {part.text}
            </mark>
          ),
        )}
      </div>
      <textarea
        {...rest}
        ref={textarea}
        className={className}
        readOnly={readOnly}
        value={value}
        onChange={(event) => onText(event.target.value)}
        onClick={(event) => {
          onClick?.(event);
          offerAtCaret();
        }}
        onKeyDown={(event: KeyboardEvent<HTMLTextAreaElement>) => {
          if (event.altKey && event.key === 'Enter') {
            event.preventDefault();
            offerAtCaret();
            return;
          }
          onKeyDown?.(event);
        }}
      />
      {open === null ? null : (
        <StyleFixBox match={open} anchor={anchor} canEdit={!readOnly} onApply={(replacement) => apply(open, replacement)} onClose={close} />
      )}
    </div>
  );
}
