import { useState } from 'react';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { markSeen, refreshChanges, useChangesSinceLastLook } from '../../review/lastLook';
import { DiffView } from '../../review/DiffView';
import { dateTime } from '../../ui/format';
import { useToasts } from '../../ui/toasts';
import type { PanelProps } from '../panelTypes';

/**
 * "Changes since you last looked": what the article's text, details, footnotes, sources
 * and image rights became since this person last opened it or marked it as seen.
 */
export function ChangesPanel({ session }: PanelProps) {
  const api = useApi();
  const toasts = useToasts();
  const entry = useChangesSinceLastLook(session?.articleId ?? null);
  const [busy, setBusy] = useState(false);

  if (session === null) return <p className="panel-empty">Open an article to see what changed since you last looked.</p>;
  if (entry === null || entry.kind === 'loading') return <p className="panel-empty">Loading changes…</p>;
  if (entry.kind === 'failed') {
    return (
      <p className="field-error" role="alert">
        Couldn't load the changes: {entry.message}
      </p>
    );
  }

  const { lastSeen, diff } = entry.changes;
  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      toasts.showError(`Couldn't record that you have seen the article: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="changes">
      {lastSeen === null ? (
        <p className="panel-empty">This is your first look at this article. Next time, its changes since now will show here.</p>
      ) : (
        <>
          <h2 className="changes__title">
            Changes since you last looked{' '}
            <time dateTime={lastSeen.seenAt} className="changes__when">
              ({dateTime(lastSeen.seenAt)})
            </time>
          </h2>
          {diff === null || !diff.changed ? (
            <p className="panel-empty">No changes since you last looked.</p>
          ) : (
            <DiffView diff={diff} label="Changes since you last looked" />
          )}
        </>
      )}
      <div className="changes__actions">
        <button type="button" className="button button--small" disabled={busy} onClick={() => void act(() => markSeen(api, session.articleId))}>
          Mark as seen
        </button>
        <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => void act(() => refreshChanges(api, session.articleId))}>
          Check again
        </button>
      </div>
    </div>
  );
}
