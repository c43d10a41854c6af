import { useId } from 'react';
import { valueOf, type TypingSettings } from '../../../shared/domain/settings';
import type { Role } from '../../../shared/domain/session';
import { QUOTE_STYLES } from '../../../shared/content/smart-quotes';
import { useSavedDraft } from './useSavedDraft';
import './typing.css';

/**
 * Smart quotes, per article language: ticked, the editor curls straight quotes as they are
 * typed, in that language's marks; unticked, they stay straight. Admins change it.
 */
export function TypingSection({ role }: { role: Role }) {
  const title = useId();
  const hint = useId();
  const { draft, setDraft, changed, saving, save } = useSavedDraft<TypingSettings>({
    load: async (api) => valueOf('typing', await api.call('settings.get', { key: 'typing' })),
    store: async (api, value) => valueOf('typing', await api.call('settings.set', { key: 'typing', value })),
    what: 'typing settings',
  });
  const canEdit = role === 'admin';
  const toggle = (language: string, on: boolean) => {
    if (draft === null) return;
    const off = draft.smartQuotesOff.filter((l) => l !== language);
    setDraft({ smartQuotesOff: on ? off : [...off, language].sort() });
  };

  return (
    <section className="desk-section" aria-labelledby={title}>
      <h2 id={title} className="desk-section__title">
        Typing
      </h2>
      {draft === null ? (
        <p className="workspace__loading">Loading…</p>
      ) : (
        <fieldset className="policy" disabled={!canEdit || saving} aria-describedby={hint}>
          <legend className="field__label">Smart quotes</legend>
          <p id={hint} className="typing-settings__hint">
            Straight quotes typed in an article become its language’s quotation marks and apostrophes. Pasted text is
            kept as it is, and Ctrl+Z right after gives the straight quote back.
          </p>
          <ul className="typing-settings__languages">
            {Object.entries(QUOTE_STYLES).map(([language, quotes]) => (
              <li key={language}>
                <label>
                  <input
                    type="checkbox"
                    checked={!draft.smartQuotesOff.includes(language)}
                    onChange={(event) => toggle(language, event.target.checked)}
                  />{' '}
                  {quotes.name}{' '}
                  <span className="typing-settings__sample" aria-hidden="true">
                    {quotes.open}
                    {quotes.inside}…{quotes.inside}
                    {quotes.close} {quotes.innerOpen}…{quotes.innerClose}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {canEdit ? (
            <div className="rights-actions">
              <button type="button" className="button button--primary" disabled={saving || !changed} onClick={() => void save()}>
                {saving ? 'Saving…' : 'Save typing settings'}
              </button>
            </div>
          ) : null}
        </fieldset>
      )}
    </section>
  );
}
