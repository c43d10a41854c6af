import { useEffect, useId, useState } from 'react';
import type { FactCheckSettings } from '../../../shared/domain/settings';
import type { Role } from '../../../shared/domain/session';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';

/**
 * Whether the outlet publishes its fact-checks: with it on, the JSON-LD export carries a
 * schema.org ClaimReview for every claim with a verdict, in the outlet's name. Admins change it.
 */
export function FactCheckSection({ role }: { role: Role }) {
  const api = useApi();
  const toasts = useToasts();
  const ids = { title: useId(), publish: useId(), outlet: useId() };
  const [saved, setSaved] = useState<FactCheckSettings | null>(null);
  const [draft, setDraft] = useState<FactCheckSettings | null>(null);
  const [saving, setSaving] = useState(false);
  const canEdit = role === 'admin';

  useEffect(() => {
    let current = true;
    api.call('settings.get', { key: 'factChecks' }).then(
      ({ value }) => {
        if (!current) return;
        setSaved(value);
        setDraft(value);
      },
      (error: unknown) => toasts.showError(`Couldn't load the fact-check settings: ${errorMessage(error)}`),
    );
    return () => {
      current = false;
    };
  }, [api, toasts]);

  const save = async () => {
    if (draft === null) return;
    setSaving(true);
    try {
      const { value } = await api.call('settings.set', { key: 'factChecks', value: draft });
      setSaved(value);
      setDraft(value);
      toasts.showInfo('Fact-check settings saved.');
    } catch (error) {
      toasts.showError(`Couldn't save the fact-check settings: ${errorMessage(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="desk-section" aria-labelledby={ids.title}>
      <h2 id={ids.title} className="desk-section__title">
        Fact-checks
      </h2>
      {draft === null ? (
        <p className="workspace__loading">Loading…</p>
      ) : (
        <fieldset className="policy" disabled={!canEdit || saving}>
          <legend className="visually-hidden">Fact-checks</legend>
          <div className="field">
            <label htmlFor={ids.publish}>
              <input
                id={ids.publish}
                type="checkbox"
                checked={draft.publishClaimReview}
                onChange={(event) => setDraft({ ...draft, publishClaimReview: event.target.checked })}
              />{' '}
              Publish checked claims as schema.org ClaimReview (JSON-LD export)
            </label>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.outlet}>
              Outlet name (the fact-checks’ author)
            </label>
            <input
              id={ids.outlet}
              className="input"
              maxLength={200}
              value={draft.outletName}
              onChange={(event) => setDraft({ ...draft, outletName: event.target.value })}
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
                {saving ? 'Saving…' : 'Save fact-check settings'}
              </button>
            </div>
          ) : null}
        </fieldset>
      )}
    </section>
  );
}
