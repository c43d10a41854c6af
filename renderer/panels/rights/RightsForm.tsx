import { useId, type ReactNode } from 'react';
import { ImageRightsSchema, type ImageRights } from '../../../shared/domain/asset';
import { licenceById } from '../../../shared/licences/catalogue';
import { DIGITAL_SOURCE_TYPES, digitalSourceType, digitalSourceTypeUri } from '../../../shared/licences/digital-source-type';
import { LicencePicker } from './LicencePicker';

interface Props {
  draft: ImageRights;
  changed: boolean;
  saving: boolean;
  readOnly: boolean;
  onChange: (draft: ImageRights) => void;
  onSave: () => void;
  onReset: () => void;
}

type TextKey = {
  [K in keyof ImageRights]: ImageRights[K] extends string ? K : never;
}[keyof ImageRights];

/** The problem with one field of the draft, as the schema the main side applies says it. */
function fieldError(draft: ImageRights, key: keyof ImageRights): string | null {
  const parsed = ImageRightsSchema.safeParse(draft);
  if (parsed.success) return null;
  const issue = parsed.error.issues.find((each) => each.path[0] === key);
  return issue === undefined ? null : issue.message;
}

/** The image's rights: one record shared by every article that uses the image. */
export function RightsForm({ draft, changed, saving, readOnly, onChange, onSave, onReset }: Props) {
  const prefix = useId();
  const id = (key: string) => `${prefix}-${key}`;
  const set = <K extends keyof ImageRights>(key: K, value: ImageRights[K]) => onChange({ ...draft, [key]: value });
  const licence = draft.licence === null ? null : licenceById(draft.licence.id);
  const details = licence?.details ?? [];
  const valid = ImageRightsSchema.safeParse(draft).success;
  const synthetic = digitalSourceType(draft.digitalSourceType)?.synthetic ?? false;

  const text = (key: TextKey, label: string, options: { multiline?: boolean; help?: string; type?: 'url'; half?: boolean } = {}): ReactNode => {
    const error = fieldError(draft, key);
    const helpId = options.help !== undefined || error !== null ? id(`${key}-help`) : undefined;
    const common = {
      id: id(key),
      className: options.multiline ? 'input rights-textarea' : 'input',
      value: draft[key],
      'aria-invalid': error !== null,
      'aria-describedby': helpId,
      onChange: (event: { target: { value: string } }) => set(key, event.target.value),
    };
    return (
      <div className={options.half === true ? 'field field--half' : 'field'} key={key}>
        <label className="field__label" htmlFor={id(key)}>
          {label}
        </label>
        {options.multiline ? <textarea rows={2} {...common} /> : <input type={options.type ?? 'text'} {...common} />}
        {error !== null ? (
          <span id={helpId} className="field__help field__help--error">
            {/^an? /.test(error) ? `Enter ${error}.` : error}
          </span>
        ) : options.help !== undefined ? (
          <span id={helpId} className="field__help">
            {options.help}
          </span>
        ) : null}
      </div>
    );
  };

  return (
    <fieldset className="rights-section" disabled={readOnly}>
      <legend className="rights-section__title">Rights</legend>
      <p className="field__help rights-section__note">Kept with the image in the library: every article that uses it shares them.</p>
      <fieldset className="rights-group">
        <legend className="rights-group__title">Credit and licence</legend>
        {text('creator', 'Creator', { half: true })}
        {text('creditLine', 'Credit (provider)', { help: 'Who is credited as supplying it, e.g. an agency or “Wikimedia Commons”.' })}
        <div className="field">
          <label className="field__label" htmlFor={id('licence')}>
            Licence
          </label>
          <LicencePicker id={id('licence')} value={draft.licence} disabled={readOnly} onChange={(value) => set('licence', value)} />
          {draft.licence?.url ? (
            <span className="field__help">
              Deed: <span className="rights-url">{draft.licence.url}</span>
            </span>
          ) : null}
        </div>
        {details.includes('agency') ? text('agency', 'Agency', { half: true }) : null}
        {details.includes('licenceReference') ? text('licenceReference', 'Licence reference', { half: true }) : null}
        {details.includes('permissionGrantedBy') ? text('permissionGrantedBy', 'Permission granted by', { half: true }) : null}
        {details.includes('fairUseJustification')
          ? text('fairUseJustification', 'Why fair use / fair dealing applies', { multiline: true })
          : null}
        <div className="field">
          <label className="field__label" htmlFor={id('expiresOn')}>
            Rights end
          </label>
          <input
            id={id('expiresOn')}
            type="date"
            className="input"
            value={draft.expiresOn ?? ''}
            aria-describedby={id('expiresOn-help')}
            onChange={(event) => set('expiresOn', event.target.value === '' ? null : event.target.value)}
          />
          <span id={id('expiresOn-help')} className="field__help">
            The last day it may be used. Leave empty if the rights do not end.
          </span>
        </div>
      </fieldset>
      <fieldset className="rights-group">
        <legend className="rights-group__title">Terms</legend>
        {text('usageTerms', 'Usage terms', { multiline: true })}
        {text('restrictions', 'Restrictions (special instructions)', { multiline: true, help: 'Shown to the desk chief, e.g. “Newsmagazines Out”.' })}
        {text('copyrightNotice', 'Copyright notice', { multiline: true })}
      </fieldset>
      <fieldset className="rights-group">
        <legend className="rights-group__title">Source and licensor</legend>
        {text('source', 'Source', { half: true })}
        {text('sourceUrl', 'Source address', { type: 'url', half: true })}
        {text('licensor', 'Licensor', { half: true })}
        {text('licensorUrl', 'Licensor address', { type: 'url', half: true })}
        {text('webStatement', 'Web statement of rights', { type: 'url' })}
      </fieldset>
      <fieldset className="rights-group">
        <legend className="rights-group__title">Origin</legend>
        <div className="field">
          <label className="field__label" htmlFor={id('dst')}>
            How it was made (IPTC digital source type)
          </label>
          <select
            id={id('dst')}
            className="input rights-select"
            value={digitalSourceType(draft.digitalSourceType)?.code ?? (draft.digitalSourceType === '' ? '' : 'other')}
            onChange={(event) => {
              const code = event.target.value;
              if (code === 'other') return;
              const type = DIGITAL_SOURCE_TYPES.find((each) => each.code === code);
              onChange({
                ...draft,
                digitalSourceType: type === undefined ? '' : digitalSourceTypeUri(type.code),
                aiGenerated: type?.synthetic === true ? true : draft.aiGenerated,
              });
            }}
          >
            <option value="">Not stated</option>
            {DIGITAL_SOURCE_TYPES.map((type) => (
              <option key={type.code} value={type.code}>
                {type.label}
              </option>
            ))}
            {digitalSourceType(draft.digitalSourceType) === null && draft.digitalSourceType !== '' ? (
              <option value="other">Other: {draft.digitalSourceType}</option>
            ) : null}
          </select>
        </div>
        <label className="rights-check">
          <input
            type="checkbox"
            checked={draft.aiGenerated || synthetic}
            disabled={readOnly || synthetic}
            onChange={(event) => set('aiGenerated', event.target.checked)}
          />
          <span>Made or changed with AI (the caption must say so)</span>
        </label>
      </fieldset>
      <div className="rights-actions">
        <button type="button" className="button button--primary" disabled={readOnly || !changed || !valid || saving} onClick={onSave}>
          {saving ? 'Saving…' : 'Save rights'}
        </button>
        <button type="button" className="button button--quiet" disabled={readOnly || !changed || saving} onClick={onReset}>
          Undo changes
        </button>
        <span className="rights-actions__status" role="status">
          {changed ? 'Unsaved changes' : 'Saved'}
        </span>
      </div>
    </fieldset>
  );
}
