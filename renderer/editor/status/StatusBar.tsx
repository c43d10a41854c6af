import type { ReactNode } from 'react';
import { readingMinutes } from '../../../shared/content/text';
import { clockTime, dateTime, plural } from '../../ui/format';
import type { SaveStatus } from '../autosave/saveController';
import { SyncStatus } from './SyncStatus';

interface Props {
  status: SaveStatus;
  wordCount: number;
  onRetry: () => void;
  onReload: () => void;
  /** Who else is in a shared article (renderer/editor/collab/PresenceList). */
  presence?: ReactNode;
}

function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return `Saved ${clockTime(status.savedAt)}`;
    case 'unsaved':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Couldn't save: ${status.message.replace(/\.$/, '')}. Retrying…`;
    case 'conflict':
      return status.locked === true ? 'Not saved: you can no longer edit this article' : 'Not saved: this article was changed elsewhere';
  }
}

/** The line under the text: how long it is, whether what was typed is safe, and (in a newsroom) whether the hub has it. */
export function StatusBar({ status, wordCount, onRetry, onReload, presence }: Props) {
  const minutes = readingMinutes(wordCount);
  return (
    <footer className="statusbar">
      <p className="statusbar__count">
        {plural(wordCount, 'word', 'words')}
        {minutes > 0 ? ` · ${minutes} min read` : ''}
      </p>
      {presence}
      <SyncStatus />
      <div className={`save-state save-state--${status.kind}`}>
        <span className="save-state__dot" aria-hidden="true" />
        <p
          className="save-state__text"
          role="status"
          aria-live="polite"
          data-testid="save-status"
          title={status.kind === 'saved' ? `Saved ${dateTime(status.savedAt)}` : undefined}
        >
          {statusText(status)}
        </p>
        {status.kind === 'failed' ? (
          <button type="button" className="button button--small" onClick={onRetry}>
            Retry now
          </button>
        ) : null}
        {status.kind === 'conflict' ? (
          <button type="button" className="button button--small" onClick={onReload}>
            Reload
          </button>
        ) : null}
      </div>
    </footer>
  );
}
