import { useId, useState } from 'react';
import type { AssetWithRights } from '../../../shared/domain/asset';
import { LICENCES, licenceById } from '../../../shared/licences/catalogue';
import { creditText } from '../../../shared/licences/credit';
import { creditInput } from '../../../shared/licences/image-credit';
import { Dialog } from '../../ui/Dialog';
import { assetUrl } from '../../common/assets/FigureAssets';
import { insertFromLibrary } from '../../editor/nodes/FigureSelection';
import { ExpiringReport } from '../../common/assets/ExpiringReport';
import { useAssetSearch } from '../../common/assets/useAssetSearch';
import '../../css/assets.css';

interface Props {
  onClose: () => void;
}

/** The image library: find an image by creator, credit or licence and reuse it (with its rights); or see whose rights end soon. */
export function AssetLibraryDialog({ onClose }: Props) {
  const [tab, setTab] = useState<'find' | 'expiring'>('find');
  const ids = { find: useId(), expiring: useId(), panel: useId() };
  return (
    <Dialog
      title="Image library"
      size="large"
      onClose={onClose}
      footer={
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      }
    >
      <div className="library-tabs" role="tablist" aria-label="Library views">
        <button
          type="button"
          role="tab"
          id={ids.find}
          className="panel-tab"
          aria-selected={tab === 'find'}
          aria-controls={ids.panel}
          onClick={() => setTab('find')}
        >
          Find an image
        </button>
        <button
          type="button"
          role="tab"
          id={ids.expiring}
          className="panel-tab"
          aria-selected={tab === 'expiring'}
          aria-controls={ids.panel}
          onClick={() => setTab('expiring')}
        >
          Rights ending soon
        </button>
      </div>
      <div role="tabpanel" id={ids.panel} aria-labelledby={tab === 'find' ? ids.find : ids.expiring}>
      {tab === 'find' ? (
        <FindImages
          onInsert={(value) => {
            insertFromLibrary(value);
            onClose();
          }}
        />
      ) : (
        <ExpiringReport />
      )}
      </div>
    </Dialog>
  );
}

function FindImages({ onInsert }: { onInsert: (value: AssetWithRights) => void }) {
  const ids = { query: useId(), licence: useId() };
  const [query, setQuery] = useState('');
  const [licence, setLicence] = useState('');
  const load = useAssetSearch(query, licence);
  return (
    <div className="library">
      <div className="library__filters">
        <div className="field library__query">
          <label className="field__label" htmlFor={ids.query}>
            Creator, credit or licence
          </label>
          <input id={ids.query} type="search" className="input" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.licence}>
            Licence
          </label>
          <select id={ids.licence} className="input" value={licence} onChange={(event) => setLicence(event.target.value)}>
            <option value="">Any</option>
            <option value="none">No licence yet</option>
            {LICENCES.map((each) => (
              <option key={each.id} value={each.id}>
                {each.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {load.kind === 'loading' ? <p className="panel-empty">Searching…</p> : null}
      {load.kind === 'failed' ? (
        <p className="field-error" role="alert">
          Couldn't search the library: {load.message}
        </p>
      ) : null}
      {load.kind === 'ready' ? (
        <>
          <p className="library__count" role="status">
            {load.value.total === 1 ? '1 image' : `${load.value.total} images`}
          </p>
          <ul className="library__grid" aria-label="Images">
            {load.value.items.map((item) => (
              <li key={item.asset.id} className="library-card">
                <img className="library-card__thumb" src={assetUrl(item.asset.id, 'thumb')} alt="" />
                <div className="library-card__text">
                  <span className="library-card__name">{item.asset.fileName}</span>
                  <span className="library-card__credit">{creditText(creditInput(item.rights)) || 'No credit yet'}</span>
                  <span className="library-card__licence">
                    {item.rights.licence === null ? 'No licence' : (licenceById(item.rights.licence.id)?.name ?? item.rights.licence.id)}
                  </span>
                </div>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Insert ${item.asset.fileName}`}
                  onClick={() => onInsert(item)}
                >
                  Insert
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
