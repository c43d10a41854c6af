import { useCallback, useEffect, useState } from 'react';
import type { Target } from '../../../shared/domain/publishing';
import { errorMessage } from '../../platform/api';
import { useApi, useGalleyEvent } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import { useFormAction } from '../../ui/useFormAction';
import { KIND_LABELS } from '../../common/publishing/targetWords';
import { TargetForm, type TargetDraft } from './TargetForm';
import '../../css/publishing.css';

type Report = { ok: boolean; message: string } | { ok: null; message: string };

const withoutEmpty = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));

/** Settings → Publishing targets (admins): add, edit, switch off, remove, and test each connection. */
export function PublishingTargetsSection() {
  const api = useApi();
  const toasts = useToasts();
  const [targets, setTargets] = useState<Target[] | null>(null);
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [reports, setReports] = useState<Record<string, Report>>({});
  const { busy, run } = useFormAction('toast');

  const reload = useCallback(() => {
    api.call('publishing.targets.list', {}).then(setTargets, (error: unknown) => toasts.showError(`Couldn't load the targets: ${errorMessage(error)}`));
  }, [api, toasts]);
  useEffect(reload, [reload]);
  useGalleyEvent((event) => {
    if (event.type === 'publishing.changed' && event.articleId === null) reload();
  });

  /** A change to the targets: once done, the form closes and the list is read again. */
  const change = (work: () => Promise<unknown>, done?: string) =>
    run(
      async () => {
        await work();
        setEditing(null);
        reload();
      },
      { done },
    );

  const save = (draft: TargetDraft) => {
    const secrets = withoutEmpty(draft.secrets);
    if (editing === 'new') {
      void change(
        () => api.call('publishing.targets.add', { name: draft.name, config: { kind: draft.kind, settings: draft.settings } as never, ...(Object.keys(secrets).length > 0 ? { secrets } : {}) }),
        `Added “${draft.name}”.`,
      );
    } else if (editing !== null) {
      void change(
        () => api.call('publishing.targets.update', { id: editing.id, name: draft.name, settings: draft.settings, ...(Object.keys(secrets).length > 0 ? { secrets } : {}) }),
        `Saved “${draft.name}”.`,
      );
    }
  };

  const test = async (target: Target) => {
    setReports((all) => ({ ...all, [target.id]: { ok: null, message: 'Testing…' } }));
    try {
      const report = await api.call('publishing.targets.test', { id: target.id });
      setReports((all) => ({ ...all, [target.id]: report }));
    } catch (error) {
      setReports((all) => ({ ...all, [target.id]: { ok: false, message: errorMessage(error) } }));
    }
  };

  return (
    <section className="desk-section" aria-labelledby="targets-title">
      <div className="desk-section__head">
        <h2 id="targets-title" className="desk-section__title">
          Publishing targets
        </h2>
        {editing === null ? (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            Add target…
          </button>
        ) : null}
      </div>
      <p className="desk__who">Approved articles go to every target that is switched on. Keys and passwords are kept encrypted (by the system keychain in the app), never in the database, and are never shown again.</p>
      {editing === 'new' ? <TargetForm editing={null} busy={busy} onSave={save} onCancel={() => setEditing(null)} /> : null}
      {targets === null ? <p className="workspace__loading">Loading…</p> : null}
      <ul className="target-list">
        {(targets ?? []).map((target) => {
          const report = reports[target.id];
          return (
            <li key={target.id} className="target-row" aria-label={target.name}>
              {editing !== null && editing !== 'new' && editing.id === target.id ? (
                <TargetForm editing={target} busy={busy} onSave={save} onCancel={() => setEditing(null)} />
              ) : (
                <>
                  <strong>{target.name}</strong> · {KIND_LABELS[target.config.kind]} · {target.enabled ? 'on' : 'off'}
                  <p className="publication__detail">{Object.values(target.config.settings).join(' · ')}</p>
                  {report !== undefined ? (
                    <p className={report.ok === null ? 'publication__detail' : report.ok ? 'connection-report--ok' : 'connection-report--bad'} role="status">
                      {report.message}
                    </p>
                  ) : null}
                  <div className="target-row__actions">
                    <button type="button" className="button button--small" onClick={() => void test(target)}>
                      Test connection
                    </button>
                    <button type="button" className="button button--small" onClick={() => setEditing(target)} disabled={editing !== null}>
                      Edit
                    </button>
                    <button type="button" className="button button--small" disabled={busy} onClick={() => void change(() => api.call('publishing.targets.update', { id: target.id, enabled: !target.enabled }))}>
                      {target.enabled ? 'Switch off' : 'Switch on'}
                    </button>
                    <button type="button" className="button button--small button--danger-quiet" disabled={busy} onClick={() => void change(() => api.call('publishing.targets.remove', { id: target.id }), `Removed “${target.name}”.`)}>
                      Remove
                    </button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
