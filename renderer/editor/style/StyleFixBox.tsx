import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { findingTitle } from '../../../shared/checks/labels';
import type { StyleMatch } from '../../../shared/style/matcher';
import { useArticleStyle, type RespellResult } from './articleStyle';
import { useFloatingPlace } from '../../ui/floating/useFloatingPlace';
import { useHoldsFloatingLayer } from '../../ui/floating/floatingLayer';

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
  const [done, setDone] = useState<{ chosen: string; result: RespellResult } | null>(null);
  const titleId = useId();
  const anchorRef = useRef(anchor);
  anchorRef.current = anchor;

  // Under the words (above them when there is no room below), never over them.
  const place = useFloatingPlace<HTMLDivElement>(() => anchorRef.current(), [match]);
  const boxRef = place.ref;
  // While it is open, hover cards (a citation's) wait: two boxes never stack on the same words.
  useHoldsFloatingLayer();

  // Focus goes into the box once it is placed on screen, to the fix when there is one.
  const shown = place.placed;
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

  return createPortal(
    <div ref={boxRef} className="style-fix" role="dialog" aria-labelledby={titleId} style={{ ...place.style, width: WIDTH }} onKeyDown={onKeyDown}>
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
