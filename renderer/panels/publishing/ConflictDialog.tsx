import { useEffect, useState } from 'react';
import type { ConflictView } from '../../../shared/domain/publishing';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { Dialog } from '../../ui/Dialog';

/** The text of an HTML document, read without running or loading anything (DOMParser runs no scripts). */
function textOf(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script, style').forEach((element) => element.remove());
  return (doc.body.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim();
}

type Load = { kind: 'loading' } | { kind: 'ready'; view: ConflictView } | { kind: 'failed'; message: string };

/** Both versions side by side; the desk chief keeps one. Nothing is overwritten until they choose. */
export function ConflictDialog({ jobId, onChoose, onCancel, busy }: { jobId: string; onChoose: (keep: 'galley' | 'remote') => void; onCancel: () => void; busy: boolean }) {
  const api = useApi();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    api.call('publishing.conflict', { jobId }).then(
      (view) => current && setLoad({ kind: 'ready', view }),
      (error: unknown) => current && setLoad({ kind: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, jobId]);
  const target = load.kind === 'ready' ? load.view.targetName : 'the target';
  return (
    <Dialog
      title="Someone changed the published copy"
      subtitle={`The copy on ${target} changed since Galley last sent it. Choose which version stays.`}
      size="large"
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Decide later
          </button>
          <button type="button" className="button" disabled={busy || load.kind !== 'ready'} onClick={() => onChoose('remote')}>
            Keep the version on {target}
          </button>
          <button type="button" className="button button--primary" disabled={busy || load.kind !== 'ready'} onClick={() => onChoose('galley')}>
            Send Galley’s version
          </button>
        </>
      }
    >
      {load.kind === 'loading' ? <p role="status">Fetching both versions…</p> : null}
      {load.kind === 'failed' ? (
        <p className="field-error" role="alert">
          Couldn't fetch the versions: {load.message}
        </p>
      ) : null}
      {load.kind === 'ready' ? (
        <div className="conflict-compare">
          <section className="conflict-compare__side" aria-label="Galley’s version">
            <h3>Galley’s version: {load.view.galley.title}</h3>
            {textOf(load.view.galley.html)}
          </section>
          <section className="conflict-compare__side" aria-label={`The version on ${target}`}>
            <h3>On {target}: {load.view.remote?.title ?? 'gone'}</h3>
            {load.view.remote === null ? 'The copy is no longer on the target.' : textOf(load.view.remote.html)}
          </section>
        </div>
      ) : null}
    </Dialog>
  );
}
