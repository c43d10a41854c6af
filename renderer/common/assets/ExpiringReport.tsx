import { useId, useState } from 'react';
import { licenceById } from '../../../shared/licences/catalogue';
import { creditText } from '../../../shared/licences/credit';
import { creditInput } from '../../../shared/licences/image-credit';
import { assetUrl } from './FigureAssets';
import { useExpiring } from './useAssetSearch';

const WINDOWS = [7, 30, 90] as const;

function when(daysLeft: number): string {
  if (daysLeft < 0) return daysLeft === -1 ? 'Ended yesterday' : `Ended ${-daysLeft} days ago`;
  if (daysLeft === 0) return 'Last day today';
  return daysLeft === 1 ? 'Ends tomorrow' : `Ends in ${daysLeft} days`;
}

/** The report of images whose rights end soon (or have ended), soonest first. */
export function ExpiringReport() {
  const id = useId();
  const [days, setDays] = useState<number>(30);
  const load = useExpiring(days);
  return (
    <div className="library">
      <div className="field library__window">
        <label className="field__label" htmlFor={id}>
          Rights ending within
        </label>
        <select id={id} className="input" value={days} onChange={(event) => setDays(Number(event.target.value))}>
          {WINDOWS.map((window) => (
            <option key={window} value={window}>
              {window} days
            </option>
          ))}
        </select>
      </div>
      {load.kind === 'loading' ? <p className="panel-empty">Loading…</p> : null}
      {load.kind === 'failed' ? (
        <p className="field-error" role="alert">
          Couldn't load the report: {load.message}
        </p>
      ) : null}
      {load.kind === 'ready' && load.value.length === 0 ? (
        <p className="panel-empty">No image’s rights end within {days} days.</p>
      ) : null}
      {load.kind === 'ready' && load.value.length > 0 ? (
        <table className="expiring">
          <caption className="visually-hidden">Images whose rights end within {days} days</caption>
          <thead>
            <tr>
              <th scope="col">Image</th>
              <th scope="col">Credit</th>
              <th scope="col">Licence</th>
              <th scope="col">Last day</th>
            </tr>
          </thead>
          <tbody>
            {load.value.map((item) => (
              <tr key={item.asset.id} className={item.daysLeft < 0 ? 'expiring__row--ended' : undefined}>
                <td>
                  <span className="expiring__image">
                    <img src={assetUrl(item.asset.id, 'thumb')} alt="" />
                    {item.asset.fileName}
                  </span>
                </td>
                <td>{creditText(creditInput(item.rights)) || '—'}</td>
                <td>{item.rights.licence === null ? 'None' : (licenceById(item.rights.licence.id)?.name ?? item.rights.licence.id)}</td>
                <td>
                  {item.rights.expiresOn} <span className="expiring__when">{when(item.daysLeft)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
