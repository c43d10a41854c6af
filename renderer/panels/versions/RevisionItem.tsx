import type { RevisionSummary } from '../../../shared/domain/revision';
import { dateTime, plural, relativeTime } from '../../ui/format';
import { REASON_LABELS } from './revisionLabels';

interface Props {
  revision: RevisionSummary;
  now: number;
  busy: boolean;
  onPreview: () => void;
  /** Absent when this person may not change the article now (the workflow decides). */
  onRestore?: (() => void) | undefined;
}

export function RevisionItem({ revision, now, busy, onPreview, onRestore }: Props) {
  const reason = REASON_LABELS[revision.reason];
  return (
    <li className="revision">
      <div className="revision__head">
        <span className="revision__name">{revision.name}</span>
        <span className="revision__number">#{revision.number}</span>
      </div>
      <p className="revision__meta">
        <time dateTime={revision.createdAt} title={dateTime(revision.createdAt)}>
          {relativeTime(revision.createdAt, now)}
        </time>
        <span>{revision.author}</span>
        <span>{plural(revision.wordCount, 'word', 'words')}</span>
      </p>
      {reason !== null ? <span className="revision__reason">{reason}</span> : null}
      <div className="revision__actions">
        <button type="button" className="button button--small" aria-label={`Preview ${revision.name}`} onClick={onPreview}>
          Preview
        </button>
        {onRestore !== undefined ? (
          <button
            type="button"
            className="button button--small"
            aria-label={`Restore ${revision.name}`}
            disabled={busy}
            onClick={onRestore}
          >
            Restore…
          </button>
        ) : null}
      </div>
    </li>
  );
}
