import { useEffect, useId, useState } from 'react';
import type { Role } from '../../../../shared/domain/session';
import { DEFAULT_STYLE_RULES } from '../../../../shared/style/default-rules';
import { NUMBER_EXCEPTIONS, StyleRulesSchema, describeRulesError, type NumberException } from '../../../../shared/style/rules';
import { errorMessage } from '../../../platform/api';
import { useApi } from '../../../platform/ApiContext';
import { useToasts } from '../../../ui/toasts';
import { useFormAction } from '../../../ui/useFormAction';
import { dateTime } from '../../../ui/format';
import { draftOf, rulesOf, type StyleDraft } from './styleDraft';
import { RuleTable } from './RuleTable';
import './houseStyle.css';

const EXCEPTION_LABELS: Record<NumberException, string> = {
  percentages: 'percentages (5%)',
  ages: 'ages (a 6-year-old)',
  dates: 'dates (March 3)',
  measurements: 'measurements (3 km)',
  money: 'money ($4)',
  times: 'times (5 p.m.)',
};

/**
 * House style in Settings: the preferred forms, name spellings, banned words and number
 * style the editor underlines and the checks report. An admin edits them; everyone else
 * reads them.
 */
export function HouseStyleSection({ role }: { role: Role }) {
  const api = useApi();
  const toasts = useToasts();
  const titleId = useId();
  const spellOutId = useId();
  const canEdit = role === 'admin';
  const [saved, setSaved] = useState<{ draft: StyleDraft; note: string } | null>(null);
  const [draft, setDraft] = useState<StyleDraft | null>(null);
  const { busy: saving, error: problem, setError: setProblem, run } = useFormAction();

  useEffect(() => {
    let current = true;
    api.call('style.rules.get', {}).then(
      (stored) => {
        if (!current) return;
        const loaded = draftOf(stored.rules);
        setSaved({ draft: loaded, note: stored.isDefault ? 'Galley’s default rules.' : `Last changed ${stored.updatedAt ? dateTime(stored.updatedAt) : ''}.` });
        setDraft(loaded);
      },
      (error: unknown) => toasts.showError(`Couldn't load the house style: ${errorMessage(error)}`),
    );
    return () => {
      current = false;
    };
  }, [api, toasts]);

  const save = async () => {
    if (draft === null) return;
    const parsed = StyleRulesSchema.safeParse(rulesOf(draft));
    if (!parsed.success) {
      setProblem(describeRulesError(parsed.error));
      return;
    }
    await run(
      async () => {
        const stored = await api.call('style.rules.set', { rules: parsed.data });
        const next = draftOf(stored.rules);
        setSaved({ draft: next, note: `Last changed ${stored.updatedAt ? dateTime(stored.updatedAt) : ''}.` });
        setDraft(next);
      },
      { done: 'House style saved. It applies to articles opened from now on.', failed: "Couldn't save the house style" },
    );
  };

  const toggleException = (name: NumberException, on: boolean) => {
    if (draft === null) return;
    const exceptions = on ? [...draft.numbers.exceptions, name] : draft.numbers.exceptions.filter((e) => e !== name);
    setDraft({ ...draft, numbers: { ...draft.numbers, exceptions } });
  };

  const unchanged = draft !== null && saved !== null && JSON.stringify(draft) === JSON.stringify(saved.draft);

  return (
    <section className="desk-section house-style" aria-labelledby={titleId}>
      <h2 id={titleId} className="desk-section__title">
        House style
      </h2>
      {draft === null ? (
        <p className="workspace__loading">Loading…</p>
      ) : (
        <fieldset className="house-style__form" disabled={!canEdit || saving}>
          <legend className="visually-hidden">House style rules</legend>
          <p className="desk__who">
            {saved?.note} {canEdit ? 'Findings show as underlines in the text and in the Checks panel.' : 'Only an admin changes the house style.'}
          </p>

          <RuleTable
            title="Preferred forms"
            hint="Spellings to replace, separated by commas, and the house form."
            columns={[
              { key: 'from', label: 'Replace' },
              { key: 'to', label: 'With' },
              { key: 'note', label: 'Note' },
            ]}
            flag={{ key: 'caseSensitive', label: 'Case matters' }}
            rows={draft.preferredForms}
            empty={{ from: '', to: '', note: '', caseSensitive: false }}
            addLabel="Add preferred form"
            onChange={(preferredForms) => setDraft({ ...draft, preferredForms })}
          />
          <RuleTable
            title="Name spellings"
            hint="One name written several ways: an article that mixes them is flagged."
            columns={[
              { key: 'preferred', label: 'House spelling' },
              { key: 'variants', label: 'Other spellings' },
            ]}
            rows={draft.nameGroups}
            empty={{ preferred: '', variants: '' }}
            addLabel="Add name"
            onChange={(nameGroups) => setDraft({ ...draft, nameGroups })}
          />
          <RuleTable
            title="Banned words"
            hint="Words to avoid, why, and what to write instead if there is one word for it."
            columns={[
              { key: 'word', label: 'Word' },
              { key: 'suggestion', label: 'Instead' },
              { key: 'reason', label: 'Why' },
            ]}
            rows={draft.bannedWords}
            empty={{ word: '', suggestion: '', reason: '' }}
            addLabel="Add banned word"
            onChange={(bannedWords) => setDraft({ ...draft, bannedWords })}
          />

          <fieldset className="house-style__numbers">
            <legend className="house-style__subtitle">Numbers</legend>
            <label className="check">
              <input
                type="checkbox"
                checked={draft.numbers.enabled}
                onChange={(event) => setDraft({ ...draft, numbers: { ...draft.numbers, enabled: event.target.checked } })}
              />{' '}
              Spell out small numbers
            </label>
            <div className="field">
              <label className="field__label" htmlFor={spellOutId}>
                Spell out
              </label>
              <select
                id={spellOutId}
                className="input house-style__select"
                value={draft.numbers.spellOutBelow}
                onChange={(event) => setDraft({ ...draft, numbers: { ...draft.numbers, spellOutBelow: Number(event.target.value) } })}
              >
                <option value={10}>one to nine</option>
                <option value={11}>one to ten</option>
              </select>
            </div>
            <p className="house-style__hint">Keep figures for:</p>
            <div className="house-style__exceptions">
              {NUMBER_EXCEPTIONS.map((name) => (
                <label key={name} className="check">
                  <input type="checkbox" checked={draft.numbers.exceptions.includes(name)} onChange={(event) => toggleException(name, event.target.checked)} />{' '}
                  {EXCEPTION_LABELS[name]}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="check">
            <input type="checkbox" checked={draft.ignoreQuotations} onChange={(event) => setDraft({ ...draft, ignoreQuotations: event.target.checked })} />{' '}
            Leave words inside quotation marks alone
          </label>

          {problem !== null ? (
            <p className="field-error" role="alert">
              {problem}
            </p>
          ) : null}
          {canEdit ? (
            <div className="rights-actions">
              <button type="button" className="button button--primary" disabled={saving || unchanged} onClick={() => void save()}>
                {saving ? 'Saving…' : 'Save house style'}
              </button>
              <button type="button" className="button button--quiet" disabled={saving || unchanged} onClick={() => saved && setDraft(saved.draft)}>
                Discard changes
              </button>
              <button type="button" className="button button--quiet" disabled={saving} onClick={() => setDraft(draftOf(DEFAULT_STYLE_RULES))}>
                Restore defaults
              </button>
            </div>
          ) : null}
        </fieldset>
      )}
    </section>
  );
}
