import { useId, useState } from 'react';
import { TARGET_KINDS, TARGET_SECRET_FIELDS, type Target, type TargetKind } from '../../../shared/domain/publishing';
import { KIND_LABELS } from '../../common/publishing/targetWords';

const SETTING_FIELDS: Record<TargetKind, ReadonlyArray<{ key: string; label: string; type: string }>> = {
  folder: [{ key: 'path', label: 'Folder', type: 'text' }],
  webhook: [{ key: 'url', label: 'Address (URL)', type: 'url' }],
  ghost: [{ key: 'siteUrl', label: 'Site address', type: 'url' }],
  wordpress: [
    { key: 'siteUrl', label: 'Site address', type: 'url' },
    { key: 'user', label: 'User name', type: 'text' },
  ],
};
const SECRET_LABELS: Record<string, string> = { signingSecret: 'Signing secret', adminApiKey: 'Admin API key', applicationPassword: 'Application password' };

export interface TargetDraft {
  name: string;
  kind: TargetKind;
  settings: Record<string, string>;
  secrets: Record<string, string>;
}

/**
 * Adding or editing a target. Secret fields are write-only: they start empty, say whether a
 * value is stored, and only what is typed is sent (to the secret store, never back here).
 */
export function TargetForm({ editing, busy, onSave, onCancel }: { editing: Target | null; busy: boolean; onSave: (draft: TargetDraft) => void; onCancel: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState<TargetDraft>(() => ({
    name: editing?.name ?? '',
    kind: editing?.config.kind ?? 'webhook',
    settings: editing ? { ...(editing.config.settings as Record<string, string>) } : {},
    secrets: {},
  }));
  const secretFields: readonly string[] = TARGET_SECRET_FIELDS[draft.kind];
  return (
    <form
      className="target-form"
      aria-label={editing ? `Edit ${editing.name}` : 'Add a publishing target'}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          Name
        </label>
        <input id={`${id}-name`} className="input" required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          Kind
        </label>
        <select id={`${id}-kind`} className="input" disabled={editing !== null} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as TargetKind, settings: {}, secrets: {} })}>
          {TARGET_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      {SETTING_FIELDS[draft.kind].map((field) => (
        <div className="field" key={field.key}>
          <label className="field__label" htmlFor={`${id}-${field.key}`}>
            {field.label}
          </label>
          <input
            id={`${id}-${field.key}`}
            className="input"
            type={field.type}
            required
            value={draft.settings[field.key] ?? ''}
            onChange={(e) => setDraft({ ...draft, settings: { ...draft.settings, [field.key]: e.target.value } })}
          />
        </div>
      ))}
      {secretFields.map((field) => {
        const stored = editing?.secretsSet.includes(field) ?? false;
        return (
          <div className="field" key={field}>
            <label className="field__label" htmlFor={`${id}-${field}`}>
              {SECRET_LABELS[field] ?? field}
            </label>
            <input
              id={`${id}-${field}`}
              className="input"
              type="password"
              autoComplete="off"
              required={!stored}
              placeholder={stored ? 'Stored: type a new one to replace it' : ''}
              value={draft.secrets[field] ?? ''}
              onChange={(e) => setDraft({ ...draft, secrets: { ...draft.secrets, [field]: e.target.value } })}
            />
          </div>
        );
      })}
      <div className="target-row__actions">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {editing ? 'Save target' : 'Add target'}
        </button>
      </div>
    </form>
  );
}
