import { useId } from 'react';
import type { NodeKey } from 'lexical';
import type { FigureFields } from '../../../shared/content/nodes/figure-data';
import { MAX_ALT_LENGTH, MAX_CAPTION_LENGTH, MAX_CREDIT_LENGTH } from '../../../shared/content/nodes/figure-data';
import type { Asset } from '../../../shared/domain/asset';
import { updateFigure } from '../../editor/nodes/FigureSelection';
import { CROP_SHAPES, centredCrop, shapeOf, turned } from './crop';
import { useDraft } from './useDraft';

interface Props {
  figureKey: NodeKey;
  fields: FigureFields;
  asset: Asset | null;
  generatedCredit: string;
  /** Why the image may not be cropped or turned (a No Derivatives licence), or null. */
  editRefusal: string | null;
  readOnly: boolean;
}

/** What belongs to this use of the image: caption, alt text, the credit line as printed, crop and rotation. */
export function FigureUseFields({ figureKey, fields, asset, generatedCredit, editRefusal, readOnly }: Props) {
  const ids = { caption: useId(), alt: useId(), altHelp: useId(), credit: useId(), creditHelp: useId(), crop: useId(), refusal: useId() };
  const caption = useDraft(fields.caption, (caption) => updateFigure(figureKey, { caption }));
  const alt = useDraft(fields.alt, (alt) => updateFigure(figureKey, { alt }));
  const credit = useDraft(fields.credit, (credit) => updateFigure(figureKey, { credit }));
  const shape = asset === null ? null : shapeOf(fields.crop, asset.width, asset.height);
  const editsRefused = readOnly || editRefusal !== null || asset === null;

  return (
    <fieldset className="rights-section" disabled={readOnly}>
      <legend className="rights-section__title">In this article</legend>
      <div className="field">
        <label className="field__label" htmlFor={ids.caption}>
          Caption
        </label>
        <textarea
          id={ids.caption}
          className="input rights-textarea"
          rows={3}
          maxLength={MAX_CAPTION_LENGTH}
          value={caption.value}
          onChange={(event) => caption.onChange(event.target.value)}
          onFocus={caption.onFocus}
          onBlur={caption.onBlur}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.alt}>
          Alt text
        </label>
        <textarea
          id={ids.alt}
          className="input rights-textarea"
          rows={2}
          maxLength={MAX_ALT_LENGTH}
          aria-describedby={ids.altHelp}
          aria-invalid={fields.alt.trim() === ''}
          value={alt.value}
          onChange={(event) => alt.onChange(event.target.value)}
          onFocus={alt.onFocus}
          onBlur={alt.onBlur}
        />
        <span id={ids.altHelp} className="field__help">
          What the image shows, for readers who cannot see it (not the caption again).
        </span>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.credit}>
          Credit line
        </label>
        <input
          id={ids.credit}
          className="input"
          maxLength={MAX_CREDIT_LENGTH}
          // The credit itself can be longer than the box: the help under it says it in full.
          placeholder={generatedCredit === '' ? 'Write a credit line' : 'The credit made from the rights'}
          aria-describedby={ids.creditHelp}
          value={credit.value}
          onChange={(event) => credit.onChange(event.target.value)}
          onFocus={credit.onFocus}
          onBlur={credit.onBlur}
        />
        <span id={ids.creditHelp} className="field__help">
          {generatedCredit === ''
            ? 'Nothing to generate one from yet: fill in the creator or credit below, or write one here.'
            : `Leave empty to print the credit made from the rights: “${generatedCredit}”.`}
        </span>
      </div>
      <div className="rights-edit">
        <div className="field">
          <label className="field__label" htmlFor={ids.crop}>
            Crop
          </label>
          <select
            id={ids.crop}
            className="input rights-select"
            value={shape ?? ''}
            disabled={editsRefused}
            aria-describedby={editRefusal === null ? undefined : ids.refusal}
            onChange={(event) => {
              const chosen = CROP_SHAPES.find((each) => each.id === event.target.value);
              if (asset === null || editRefusal !== null) return;
              updateFigure(figureKey, { crop: chosen === undefined ? null : centredCrop(chosen.aspect, asset.width, asset.height) });
            }}
          >
            <option value="">Whole image</option>
            {CROP_SHAPES.map((each) => (
              <option key={each.id} value={each.id}>
                {each.label}
              </option>
            ))}
            {shape === 'custom' ? <option value="custom">Custom</option> : null}
          </select>
        </div>
        <div className="rights-edit__turns" role="group" aria-label="Rotate">
          <button
            type="button"
            className="button button--small"
            disabled={editsRefused}
            onClick={() => updateFigure(figureKey, { rotation: turned(fields.rotation, -1) })}
          >
            Rotate left
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={editsRefused}
            onClick={() => updateFigure(figureKey, { rotation: turned(fields.rotation, 1) })}
          >
            Rotate right
          </button>
        </div>
      </div>
      {editRefusal !== null ? (
        <p id={ids.refusal} className="rights-note">
          {editRefusal}
          {fields.crop !== null || fields.rotation !== 0 ? (
            <>
              {' '}
              <button
                type="button"
                className="link-button"
                disabled={readOnly}
                onClick={() => updateFigure(figureKey, { crop: null, rotation: 0 })}
              >
                Show it whole and upright
              </button>
            </>
          ) : null}
        </p>
      ) : null}
    </fieldset>
  );
}
