import { useId } from 'react';
import { valueOf, type FactCheckSettings } from '../../../shared/domain/settings';
import type { Role } from '../../../shared/domain/session';
import { useSavedDraft } from './useSavedDraft';

/**
 * Whether the outlet publishes its fact-checks: with it on, the JSON-LD export carries a
 * schema.org ClaimReview for every claim with a verdict, in the outlet's name. Admins change it.
 */
export function FactCheckSection({ role }: { role: Role }) {
  const ids = { title: useId(), publish: useId(), outlet: useId() };
  const { draft, setDraft, changed, saving, save } = useSavedDraft<FactCheckSettings>({
    load: async (api) => valueOf('factChecks', await api.call('settings.get', { key: 'factChecks' })),
    store: async (api, value) => valueOf('factChecks', await api.call('settings.set', { key: 'factChecks', value })),
    what: 'fact-check settings',
  });
  const canEdit = role === 'admin';

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
                disabled={saving || !changed}
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
