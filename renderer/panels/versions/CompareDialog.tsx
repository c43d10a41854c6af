import { useEffect, useId, useState } from 'react';
import type { RevisionSummary } from '../../../shared/domain/revision';
import type { ArticleDiff } from '../../../shared/diff/types';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { DiffView } from '../../review/DiffView';
import { Dialog } from '../../ui/Dialog';

interface Props {
  /** Newest first, as the Versions panel lists them; at least two. */
  revisions: readonly RevisionSummary[];
  onClose: () => void;
}

const nameOf = (revision: RevisionSummary) => `#${revision.number} ${revision.name}`;

/** Any two versions side by side in one text: what the later one added and removed. */
export function CompareDialog({ revisions, onClose }: Props) {
  const api = useApi();
  const ids = { from: useId(), to: useId() };
  const [fromId, setFromId] = useState(revisions[1]?.id ?? '');
  const [toId, setToId] = useState(revisions[0]?.id ?? '');
  const [result, setResult] = useState<{ kind: 'loading' } | { kind: 'ready'; diff: ArticleDiff } | { kind: 'failed'; message: string }>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    setResult({ kind: 'loading' });
    api.call('changes.compareRevisions', { fromId, toId }).then(
      (diff) => current && setResult({ kind: 'ready', diff }),
      (error: unknown) => current && setResult({ kind: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, fromId, toId]);

  const picker = (id: string, label: string, value: string, onChange: (id: string) => void) => (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input" value={value} onChange={(event) => onChange(event.target.value)}>
        {revisions.map((revision) => (
          <option key={revision.id} value={revision.id}>
            {nameOf(revision)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <Dialog
      title="Compare versions"
      size="large"
      onClose={onClose}
      footer={
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      }
    >
      <div className="compare__pickers">
        {picker(ids.from, 'From (older)', fromId, setFromId)}
        {picker(ids.to, 'To (newer)', toId, setToId)}
      </div>
      {result.kind === 'loading' ? <p className="muted">Comparing…</p> : null}
      {result.kind === 'failed' ? (
        <p className="field-error" role="alert">
          Couldn't compare these versions: {result.message}
        </p>
      ) : null}
      {result.kind === 'ready' ? <DiffView diff={result.diff} label="Differences between the two versions" /> : null}
    </Dialog>
  );
}
