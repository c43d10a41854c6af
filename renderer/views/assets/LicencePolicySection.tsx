import { useEffect, useId, useState } from 'react';
import type { LicencePolicy } from '../../../shared/licences/policy';
import type { Role } from '../../../shared/domain/session';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import { rememberPolicy } from '../../editor/nodes/FigureAssets';
import { ExpiringReport } from './ExpiringReport';
import './assets.css';

/**
 * The newsroom's licence policy (an admin sets it; everyone may read it) and, for the desk,
 * the images whose rights end soon.
 */
export function LicencePolicySection({ role }: { role: Role }) {
  const api = useApi();
  const toasts = useToasts();
  const ids = { title: useId(), outlet: useId(), severity: useId(), days: useId() };
  const [saved, setSaved] = useState<LicencePolicy | null>(null);
  const [draft, setDraft] = useState<LicencePolicy | null>(null);
  const [saving, setSaving] = useState(false);
  const canEdit = role === 'admin';

  useEffect(() => {
    let current = true;
    api.call('assets.policy', {}).then(
      (policy) => {
        if (!current) return;
        setSaved(policy);
        setDraft(policy);
      },
      (error: unknown) => toasts.showError(`Couldn't load the licence policy: ${errorMessage(error)}`),
    );
    return () => {
      current = false;
    };
  }, [api, toasts]);

  const save = async () => {
    if (draft === null) return;
    setSaving(true);
    try {
      const policy = await api.call('assets.setPolicy', { policy: draft });
      setSaved(policy);
      setDraft(policy);
      rememberPolicy(policy);
      toasts.showInfo('Licence policy saved.');
    } catch (error) {
      toasts.showError(`Couldn't save the licence policy: ${errorMessage(error)}`);
    } finally {
      setSaving(false);
    }
  };

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
                  disabled={saving || JSON.stringify(draft) === JSON.stringify(saved)}
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
