import { useId } from 'react';
import type { LicencePolicy } from '../../../shared/licences/policy';
import type { Role } from '../../../shared/domain/session';
import { useSavedDraft } from './useSavedDraft';
import { rememberPolicy } from '../../common/assets/FigureAssets';
import { ExpiringReport } from '../../common/assets/ExpiringReport';
import '../../css/assets.css';

/**
 * The newsroom's licence policy (an admin sets it; everyone may read it) and, for the desk,
 * the images whose rights end soon.
 */
export function LicencePolicySection({ role }: { role: Role }) {
  const ids = { title: useId(), outlet: useId(), severity: useId(), days: useId() };
  const { draft, setDraft, changed, saving, save } = useSavedDraft<LicencePolicy>({
    load: (api) => api.call('assets.policy', {}),
    store: (api, policy) => api.call('assets.setPolicy', { policy }),
    what: 'licence policy',
    onSaved: rememberPolicy,
  });
  const canEdit = role === 'admin';

  return (
    <>
      <section className="desk-section" aria-labelledby={ids.title}>
        <h2 id={ids.title} className="desk-section__title">
          Licence policy
        </h2>
        {draft === null ? (
          <p className="workspace__loading">Loading…</p>
        ) : (
          <fieldset className="policy" disabled={!canEdit || saving}>
            <legend className="visually-hidden">Licence policy</legend>
            <div className="field">
              <label className="field__label" htmlFor={ids.outlet}>
                This outlet is
              </label>
              <select
                id={ids.outlet}
                className="input"
                value={draft.commercial ? 'commercial' : 'non-commercial'}
                onChange={(event) => setDraft({ ...draft, commercial: event.target.value === 'commercial' })}
              >
                <option value="commercial">Commercial (ads, subscriptions): NonCommercial licences are flagged</option>
                <option value="non-commercial">Non-commercial: NonCommercial licences are fine</option>
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={ids.severity}>
                A NonCommercial image in a commercial outlet
              </label>
              <select
                id={ids.severity}
                className="input"
                value={draft.nonCommercialSeverity}
                disabled={!draft.commercial}
                onChange={(event) => setDraft({ ...draft, nonCommercialSeverity: event.target.value === 'block' ? 'block' : 'warn' })}
              >
                <option value="warn">Warns (the desk acknowledges it)</option>
                <option value="block">Blocks approval</option>
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={ids.days}>
                Warn when rights end within (days of publication)
              </label>
              <input
                id={ids.days}
                type="number"
                className="input policy__days"
                min={0}
                max={365}
                value={draft.expiringWithinDays}
                onChange={(event) => {
                  const days = Math.round(Number(event.target.value));
                  setDraft({ ...draft, expiringWithinDays: Number.isFinite(days) ? Math.min(365, Math.max(0, days)) : 0 });
                }}
              />
            </div>
            {canEdit ? (
              <div className="rights-actions">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={saving || !changed}
                  onClick={() => void save()}
                >
                  {saving ? 'Saving…' : 'Save policy'}
                </button>
              </div>
            ) : (
              <p className="desk__who">Only an admin changes the licence policy.</p>
            )}
          </fieldset>
        )}
      </section>
      {role === 'admin' ? null : (
        <section className="desk-section" aria-label="Image rights ending soon">
          <h2 className="desk-section__title">Image rights ending soon</h2>
          <ExpiringReport />
        </section>
      )}
    </>
  );
}
