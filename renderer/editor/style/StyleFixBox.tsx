import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { findingTitle } from '../../../shared/checks/labels';
import type { StyleMatch } from '../../../shared/style/matcher';
import { useArticleStyle, type RespellResult } from './articleStyle';

interface Props {
  match: StyleMatch;
  /** Where the words are on screen now (null: not drawn; the box then waits). */
  anchor: () => DOMRect | null;
  canEdit: boolean;
  onApply: (replacement: string) => void;
  onClose: () => void;
}

const WIDTH = 320;

/** The same words as the Checks panel's findings for these rules. */
const CODES: Record<StyleMatch['rule'], string> = {
  preferred: 'STYLE_PREFERRED_FORM',
  number: 'STYLE_PREFERRED_FORM',
  banned: 'STYLE_BANNED_WORD',
  name: 'STYLE_INCONSISTENT_NAME',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What house style says about some words, under them, with the fix one click (or Enter)
 * away; for a name spelled two ways, also "use this spelling everywhere". Focus moves into
 * the box; Escape closes it. The body's popover and the headline's and standfirst's share it.
 */
export function StyleFixBox({ match, anchor, canEdit, onApply, onClose }: Props) {
  const style = useArticleStyle();
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  const [done, setDone] = useState<{ chosen: string; result: RespellResult } | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const anchorRef = useRef(anchor);
  anchorRef.current = anchor;

  useLayoutEffect(() => {
    const update = () => {
      const box = anchorRef.current();
      if (box === null) return;
      setPlace({ top: box.bottom + 6, left: Math.min(Math.max(8, box.left - 12), window.innerWidth - WIDTH - 8) });
    };
    update();
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [match]);

  // Focus goes into the box once it is placed on screen, to the fix when there is one.
  const shown = place !== null;
  useEffect(() => {
    if (shown) boxRef.current?.querySelector<HTMLElement>('button')?.focus();
  }, [shown, done]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && boxRef.current?.contains(event.target) === true) return;
      onClose();
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => window.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  const preferred = match.nameGroup === undefined ? null : (style?.rules.nameGroups[match.nameGroup]?.preferred ?? null);
  const everywhere = (chosen: string) => {
    if (style?.respell == null || match.nameGroup === undefined) return;
    setDone({ chosen, result: style.respell(match.nameGroup, chosen) });
  };
  const spellings = preferred === null ? [] : [preferred, ...(match.text === preferred ? [] : [match.text])];

  if (place === null) return null;
  return createPortal(
    <div ref={boxRef} className="style-fix" role="dialog" aria-labelledby={titleId} style={{ top: place.top, left: place.left, width: WIDTH }} onKeyDown={onKeyDown}>
      <p id={titleId} className="style-fix__title">
        {findingTitle({ code: CODES[match.rule] })}
      </p>
      {done === null ? (
        <>
          <p className="style-fix__message">{match.message}</p>
          <div className="style-fix__actions">
            {canEdit && match.replacement !== null ? (
              <button type="button" className="button button--small button--primary" onClick={() => onApply(match.replacement!)}>
                Replace with “{match.replacement}”
              </button>
            ) : null}
            {canEdit && style?.respell != null
              ? spellings.map((chosen) => (
                  <button key={chosen} type="button" className="button button--small" onClick={() => everywhere(chosen)}>
                    Use “{chosen}” everywhere
                  </button>
                ))
              : null}
            <button type="button" className="button button--small button--quiet" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="style-fix__message" role="status">
            {done.result.changed === 0
              ? `Every spelling already reads “${done.chosen}”.`
              : `Changed ${plural(done.result.changed, 'spelling', 'spellings')} to “${done.chosen}”.`}
          </p>
          <div className="style-fix__actions">
            {done.result.changed > 0 ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  done.result.undo();
                  onClose();
                }}
              >
                Undo
              </button>
            ) : null}
            <button type="button" className="button button--small button--quiet" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </div>,
    document.body,
  );
}
