import { useState } from 'react';
import { useAuth } from '../../auth/AuthContext';
import type { ChangesBase } from '../../../shared/contract/channels/changes';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { markSeen, useChangesSinceLastLook } from '../../review/changesSince';
import { DiffView } from '../../review/DiffView';
import { dateTime } from '../../ui/format';
import { useToasts } from '../../ui/toasts';
import type { PanelProps } from '../panelTypes';

/** What the changes are counted from, in words: "since you last looked", "since Wren Writer submitted it". */
function sinceWords(base: ChangesBase, me: string): string {
  const who = base.by === null || base.by.id === me ? 'you' : base.by.name;
  switch (base.kind) {
    case 'look':
      return 'since you last looked';
    case 'opening':
      return 'since you opened it';
    case 'approval':
      return `since ${who} approved it`;
    case 'submission':
      return `since ${who} submitted it`;
  }
}

/**
 * What the article's text, details, footnotes, sources and image rights became since this
 * person last looked; on a first look, since the version they last approved or the writer's
 * latest submission. It follows the article as it changes.
 */
export function ChangesPanel({ session }: PanelProps) {
  const api = useApi();
  const toasts = useToasts();
  const { session: me } = useAuth();
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

  const { base, diff } = entry.changes;
  const seen = async () => {
    setBusy(true);
    try {
      await markSeen(api, session.articleId);
    } catch (error) {
      toasts.showError(`Couldn't record that you have seen the article: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  if (base === null || (base.kind === 'opening' && (diff === null || !diff.changed))) {
    return (
      <div className="changes">
        <p className="panel-empty">
          This is your first look at this article. It has not been submitted or approved yet, so there is nothing earlier to
          compare it with: what changes from now on will show here as it happens.
        </p>
      </div>
    );
  }

  const since = sinceWords(base, me.userId);
  const title = `Changes ${since}`;
  return (
    <div className="changes">
      <h2 className="changes__title">
        {title.charAt(0).toUpperCase() + title.slice(1)}{' '}
        <time dateTime={base.at} className="changes__when">
          ({dateTime(base.at)})
        </time>
      </h2>
      {base.kind !== 'look' ? <p className="changes__note">This is your first look at this article.</p> : null}
      {diff === null || !diff.changed ? <p className="panel-empty">No changes {since}.</p> : <DiffView diff={diff} label={title} />}
      <div className="changes__actions">
        <button type="button" className="button button--small" disabled={busy} onClick={() => void seen()}>
          Mark as seen
        </button>
      </div>
    </div>
  );
}
