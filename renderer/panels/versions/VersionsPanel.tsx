import { useEffect, useRef, useState } from 'react';
import type { RevisionSummary } from '../../../shared/domain/revision';
import { useApi } from '../../platform/ApiContext';
import { useNow } from '../../ui/hooks/useNow';
import { useToasts } from '../../ui/toasts';
import { useFormAction } from '../../ui/useFormAction';
import type { PanelProps } from '../panelTypes';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';
import { RevisionItem } from './RevisionItem';
import { RevisionPreviewDialog } from './RevisionPreviewDialog';
import { nextVersionName } from './revisionLabels';
import { SaveVersionForm } from './SaveVersionForm';
import { useRevisions } from './useRevisions';
import { CompareDialog } from './CompareDialog';

/**
 * Named versions of the open article: save one, look at one, go back to one. Every
 * version is taken after the latest typing is saved, and restoring keeps the current text
 * as a version first.
 */
export function VersionsPanel({ session, request }: PanelProps) {
  const api = useApi();
  const toasts = useToasts();
  const now = useNow(60_000);
  const { load, refresh } = useRevisions(session?.articleId ?? null);
  const [naming, setNaming] = useState(false);
  const { busy, run } = useFormAction('toast');
  const [previewing, setPreviewing] = useState<RevisionSummary | null>(null);
  const [confirming, setConfirming] = useState<RevisionSummary | null>(null);
  const [comparing, setComparing] = useState(false);
  const handledRequest = useRef(request?.nonce ?? 0);

  useEffect(() => {
    if (request?.kind === 'saveVersion' && request.nonce !== handledRequest.current) {
      handledRequest.current = request.nonce;
      setNaming(true);
    }
  }, [request]);

  if (session === null) {
    return <p className="panel-empty">Open an article to see and save its versions.</p>;
  }

  const revisions = load.kind === 'ready' ? load.value : [];

  const saveVersion = (name: string) =>
    run(
      async () => {
        if (!(await session.saveNow())) {
          toasts.showError("Couldn't save a version: the latest changes are not saved yet. Try again when the status shows “Saved”.");
          return;
        }
        const created = await api.call('revisions.create', { articleId: session.articleId, name });
        setNaming(false);
        refresh();
        toasts.showInfo(`Saved “${created.name}”.`);
      },
      { failed: "Couldn't save the version" },
    );

  const restore = async (revision: RevisionSummary) => {
    // Nothing is typed into the text while it is being replaced.
    session.setReadOnly(true);
    let restored = false;
    await run(
      async () => {
        if (!(await session.saveNow())) {
          toasts.showError("Couldn't restore: the latest changes are not saved yet. Try again when the status shows “Saved”.");
          return;
        }
        const article = await api.call('revisions.restore', { articleId: session.articleId, revisionId: revision.id });
        restored = true;
        setConfirming(null);
        setPreviewing(null);
        session.replaceArticle(article);
        refresh();
        toasts.showInfo(`Restored “${revision.name}”. The text from before is kept as a version.`);
      },
      { failed: `Couldn't restore “${revision.name}”` },
    );
    if (!restored) session.setReadOnly(false);
  };

  return (
    <div className="versions">
      {session.readOnly ? (
        <p className="panel-empty">You can read the versions; saving or restoring one is for whoever may edit the article now.</p>
      ) : naming ? (
        <SaveVersionForm
          defaultName={nextVersionName(revisions)}
          busy={busy}
          onSave={(name) => void saveVersion(name)}
          onCancel={() => setNaming(false)}
        />
      ) : (
        <button type="button" className="button button--block" onClick={() => setNaming(true)}>
          Save version…
        </button>
      )}

      {load.kind === 'loading' ? <p className="panel-empty">Loading versions…</p> : null}
      {load.kind === 'failed' ? (
        <p className="field-error" role="alert">
          Couldn't load versions: {load.message}{' '}
          <button type="button" className="link-button" onClick={refresh}>
            Try again
          </button>
        </p>
      ) : null}
      {load.kind === 'ready' && revisions.length === 0 ? (
        <p className="panel-empty">
          No versions yet. Save a version to keep a named copy of the article you can always come back to.
        </p>
      ) : null}
      {revisions.length >= 2 ? (
        <button type="button" className="button button--block button--quiet" onClick={() => setComparing(true)}>
          Compare versions…
        </button>
      ) : null}
      {revisions.length > 0 ? (
        <ol className="revision-list" aria-label="Versions">
          {revisions.map((revision) => (
            <RevisionItem
              key={revision.id}
              revision={revision}
              now={now}
              busy={busy}
              onPreview={() => setPreviewing(revision)}
              onRestore={session.readOnly ? undefined : () => setConfirming(revision)}
            />
          ))}
        </ol>
      ) : null}

      {previewing !== null && confirming === null ? (
        <RevisionPreviewDialog
          summary={previewing}
          onRestore={session.readOnly ? undefined : () => setConfirming(previewing)}
          onClose={() => setPreviewing(null)}
        />
      ) : null}
      {comparing ? <CompareDialog revisions={revisions} onClose={() => setComparing(false)} /> : null}
      {confirming !== null ? (
        <RestoreConfirmDialog
          revision={confirming}
          busy={busy}
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </div>
  );
}
