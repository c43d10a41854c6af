import { useEffect, useState } from 'react';
import type { Revision, RevisionSummary } from '../../../shared/domain/revision';
import { ReadOnlyBody } from '../../editor/ReadOnlyBody';
import { directionOf } from '../../editor/meta/language';
import { errorMessage } from '../../platform/api';
import { useApi } from '../../platform/ApiContext';
import { Dialog } from '../../ui/Dialog';
import { dateTime, plural } from '../../ui/format';

interface Props {
  summary: RevisionSummary;
  /** Absent when this person may not change the article now. */
  onRestore?: (() => void) | undefined;
  onClose: () => void;
}

/** A revision as it reads, headline to last line, with the way back to it one click away. */
export function RevisionPreviewDialog({ summary, onRestore, onClose }: Props) {
  const api = useApi();
  const [revision, setRevision] = useState<Revision | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.call('revisions.get', { id: summary.id }).then(
      (loaded) => current && setRevision(loaded),
      (error: unknown) => current && setFailure(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [api, summary.id]);

  const direction = directionOf(revision?.meta.language ?? 'en');

  return (
    <Dialog
      title={`${summary.name} (#${summary.number})`}
      subtitle={`${dateTime(summary.createdAt)} · ${summary.author} · ${plural(summary.wordCount, 'word', 'words')}`}
      size="large"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Close
          </button>
          {onRestore !== undefined ? (
            <button type="button" className="button button--primary" onClick={onRestore} disabled={revision === null}>
              Restore this version…
            </button>
          ) : null}
        </>
      }
    >
      {failure !== null ? (
        <p className="field-error" role="alert">
          Couldn't load this version: {failure}
        </p>
      ) : revision === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <div className="preview doc" data-testid="revision-preview">
          <div lang={revision.meta.language} dir={direction}>
            <h1 className="preview__headline">{revision.meta.headline || 'Untitled'}</h1>
            {revision.meta.dek ? <p className="preview__dek">{revision.meta.dek}</p> : null}
          </div>
          {revision.meta.bylines.length > 0 ? <p className="preview__byline">By {revision.meta.bylines.join(', ')}</p> : null}
          <ReadOnlyBody
            body={revision.body}
            label={`Text of ${summary.name}`}
            language={revision.meta.language}
            direction={direction}
          />
        </div>
      )}
    </Dialog>
  );
}
