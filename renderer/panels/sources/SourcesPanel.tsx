import { useEffect, useMemo, useRef, useState } from 'react';
import type { Source, SourceFields } from '../../../shared/domain/source';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { useToasts } from '../../ui/toasts';
import type { PanelProps } from '../panelTypes';
import { DeleteSourceDialog } from './DeleteSourceDialog';
import { ImportReferencesButton } from './ImportReferencesButton';
import { LibrarySearch } from './LibrarySearch';
import { SourceForm } from './SourceForm';
import { SourceItem } from './SourceItem';
import { useArticleSources } from './useArticleSources';
import '../../css/sources.css';

/** `created`: the new source's form was saved while typing went on in it; saving again updates that source. */
type Editing = { kind: 'none' } | { kind: 'new'; created?: Source } | { kind: 'edit'; source: Source };

/**
 * The open article's sources: add one (every field, by kind), edit or remove it, attach one
 * from the newsroom's library, or import a reference manager's CSL-JSON or BibTeX export.
 * Editing a source changes it in the library, for every article that uses it.
 */
export function SourcesPanel({ session, request }: PanelProps) {
  const api = useApi();
  const toasts = useToasts();
  const { load, refresh } = useArticleSources(session?.articleId ?? null);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<Source | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const handledRequest = useRef(0);

  const sources = useMemo(() => (load.kind === 'ready' ? load.value : []), [load]);
  const attachedIds = useMemo(() => new Set(sources.map((source) => source.id)), [sources]);

  // The Checks panel asks to see a source: scroll to it and mark it.
  useEffect(() => {
    if (request?.kind !== 'showSource' || request.nonce === handledRequest.current || load.kind !== 'ready') return;
    handledRequest.current = request.nonce;
    setHighlighted(request.sourceId);
    const item = document.getElementById(`source-${request.sourceId}`);
    item?.scrollIntoView({ block: 'center' });
    item?.focus({ preventScroll: true });
  }, [request, load.kind]);

  if (session === null) return <p className="panel-empty">Open an article to see and add its sources.</p>;
  const canChangeArticle = !session.readOnly;

  /** Whether the work was done (a failure is told in a notice). */
  const run = async (what: string, work: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    try {
      await work();
      return true;
    } catch (error) {
      toasts.showError(`Couldn't ${what}: ${errorMessage(error)}`);
      return false;
    } finally {
      setBusy(false);
    }
  };

  // The form closes itself after a save, unless it was typed in meanwhile (see SourceForm).
  const create = (fields: SourceFields) =>
    run('add the source', async () => {
      const created = await api.call('sources.create', { fields, attachTo: session.articleId });
      setEditing({ kind: 'new', created });
      refresh();
      toasts.showInfo(`Added “${created.title}”.`);
    });

  const update = (source: Source, fields: SourceFields) =>
    run('save the source', async () => {
      await api.call('sources.update', { id: source.id, fields });
      refresh();
      toasts.showInfo(`Saved “${fields.title}”.`);
    });

  const detach = (source: Source) =>
    run(`remove “${source.title}”`, async () => {
      await api.call('sources.detach', { articleId: session.articleId, sourceId: source.id });
      refresh();
      toasts.showInfo(`Removed “${source.title}” from this article. It stays in the library.`);
    });

  const attach = (source: Source) =>
    run(`attach “${source.title}”`, async () => {
      await api.call('sources.attach', { articleId: session.articleId, sourceId: source.id });
      refresh();
      toasts.showInfo(`Attached “${source.title}”.`);
    });

  const remove = (source: Source) =>
    run(`delete “${source.title}”`, async () => {
      try {
        await api.call('sources.delete', { id: source.id });
      } finally {
        setDeleting(null);
      }
      setEditing({ kind: 'none' });
      refresh();
      toasts.showInfo(`Deleted “${source.title}” from the library.`);
    });

  const importFile = ({ name, text }: { name: string; text: string }) =>
    run(`import “${name}”`, async () => {
      const result = await api.call('sources.import', {
        fileName: name,
        text,
        ...(canChangeArticle ? { attachTo: session.articleId } : {}),
      });
      refresh();
      setNotices(result.warnings);
      const count = result.sources.length;
      toasts.showInfo(`Imported ${count === 1 ? 'one source' : `${count} sources`} from “${name}”.`);
    });

  return (
    <div className="sources">
      <div className="sources__toolbar">
        <button type="button" className="button button--primary" onClick={() => setEditing({ kind: 'new' })} disabled={busy || !canChangeArticle}>
          Add source…
        </button>
        <ImportReferencesButton disabled={busy} onFile={(file) => void importFile(file)} onError={(message) => toasts.showError(message)} />
      </div>
      {!canChangeArticle ? <p className="field__help">This article is not yours to change now: its sources can be read and edited in the library, not added or removed.</p> : null}
      {notices.length > 0 ? (
        <div className="sources__notices" role="status">
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => setNotices([])}>
            Dismiss
          </button>
        </div>
      ) : null}
      {editing.kind === 'new' ? (
        <SourceForm
          initial={null}
          busy={busy}
          submitLabel={editing.created === undefined ? 'Add source' : 'Save source'}
          onSubmit={(fields) => (editing.created === undefined ? create(fields) : update(editing.created, fields))}
          onClose={() => setEditing({ kind: 'none' })}
        />
      ) : null}

      <section aria-labelledby="sources-attached-title">
        <h3 id="sources-attached-title" className="sources__heading">
          This article’s sources{load.kind === 'ready' ? ` (${sources.length})` : ''}
        </h3>
        {load.kind === 'loading' ? <p className="panel-empty">Loading sources…</p> : null}
        {load.kind === 'failed' ? (
          <p className="field-error" role="alert">
            Couldn't load the sources: {load.message}{' '}
            <button type="button" className="link-button" onClick={refresh}>
              Try again
            </button>
          </p>
        ) : null}
        {load.kind === 'ready' && sources.length === 0 ? (
          <p className="panel-empty">No sources yet. Add one, attach one from the library, or import a reference file.</p>
        ) : null}
        {sources.length > 0 ? (
          <ul className="source-list" aria-label="Article sources">
            {sources.map((source) =>
              editing.kind === 'edit' && editing.source.id === source.id ? (
                <li key={source.id} className="source source--editing">
                  <SourceForm
                    initial={source}
                    busy={busy}
                    submitLabel="Save source"
                    onSubmit={(fields) => update(source, fields)}
                    onClose={() => setEditing({ kind: 'none' })}
                    extra={
                      <p className="field__help">
                        Changes apply wherever this source is used.{' '}
                        <button type="button" className="link-button link-button--danger" onClick={() => setDeleting(source)}>
                          Delete from library…
                        </button>
                      </p>
                    }
                  />
                </li>
              ) : (
                <SourceItem
                  key={source.id}
                  source={source}
                  highlighted={highlighted === source.id}
                  canDetach={canChangeArticle}
                  busy={busy}
                  onEdit={() => setEditing({ kind: 'edit', source })}
                  onRemove={() => void detach(source)}
                />
              ),
            )}
          </ul>
        ) : null}
      </section>

      <LibrarySearch attachedIds={attachedIds} canAttach={canChangeArticle} busy={busy} onAttach={(source) => void attach(source)} />

      {deleting !== null ? (
        <DeleteSourceDialog source={deleting} busy={busy} onConfirm={() => void remove(deleting)} onCancel={() => setDeleting(null)} />
      ) : null}
    </div>
  );
}
