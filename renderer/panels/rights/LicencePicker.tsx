import { CC_VERSIONS, LICENCES, licenceById, type Licence } from '../../../shared/licences/catalogue';
import type { LicenceRef } from '../../../shared/licences/recognise';

interface Props {
  id: string;
  value: LicenceRef | null;
  disabled: boolean;
  onChange: (value: LicenceRef | null) => void;
}

/** The catalogue, grouped as people look for it: public domain, Creative Commons by version, the newsroom's own terms. */
const GROUPS: ReadonlyArray<{ label: string; licences: readonly Licence[] }> = [
  { label: 'Public domain', licences: LICENCES.filter((licence) => licence.group === 'Public domain') },
  ...[...CC_VERSIONS].reverse().map((version) => ({
    label: `Creative Commons ${version}`,
    licences: LICENCES.filter((licence) => licence.group === 'Creative Commons' && licence.id.endsWith(`-${version}`)),
  })),
  { label: 'Newsroom', licences: LICENCES.filter((licence) => licence.group === 'Newsroom') },
];

/** The licence picker over the catalogue; choosing one sets its canonical deed. */
export function LicencePicker({ id, value, disabled, onChange }: Props) {
  return (
    <select
      id={id}
      className="input rights-select"
      value={value?.id ?? ''}
      disabled={disabled}
      aria-invalid={value === null}
      onChange={(event) => {
        const licence = licenceById(event.target.value);
        onChange(licence === null ? null : { id: licence.id, url: licence.url });
      }}
    >
      <option value="">No licence chosen</option>
      {GROUPS.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.licences.map((licence) => (
            <option key={licence.id} value={licence.id}>
              {licence.group === 'Creative Commons' ? `${licence.short} · ${licence.name.replace(/^Creative Commons /, '')}` : licence.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
