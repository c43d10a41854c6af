import { useEffect, useRef, useState } from 'react';
import { findingKey, type Finding } from '../../shared/checks/finding';
import { findingTitle } from '../../shared/checks/labels';
import { evaluateGate } from '../../shared/workflow/gate';
import { errorMessage } from '../platform/api';
import { useApi } from '../platform/ApiContext';
import { Dialog } from '../ui/Dialog';

interface Props {
  articleId: string;
  busy: boolean;
  /** A refusal from the server, when the findings changed between this dialog and the approval. */
  refusal: string | null;
  saveNow: () => Promise<boolean>;
  onApprove: (acknowledgements: string[]) => void;
  /** Approval that enters the outbox at once: approve, then publish to every enabled target. */
  onApproveAndPublish?: (acknowledgements: string[]) => void;
  onCancel: () => void;
}

type Load = { kind: 'loading' } | { kind: 'ready'; findings: Finding[] } | { kind: 'failed'; message: string };

function FindingText({ finding }: { finding: Finding }) {
  return (
    <span>
      <strong className="finding__title">{findingTitle(finding)}</strong> <span className="finding__message">{finding.message}</span>
    </span>
  );
}

/**
 * The approval gate: the checks run on the text as it is now. While a blocking finding
 * stands, approval is refused and the findings are listed; each warning must be
 * acknowledged on its own, and each acknowledgement is recorded with the approval.
 */
export function ApproveDialog({ articleId, busy, refusal, saveNow, onApprove, onApproveAndPublish, onCancel }: Props) {
  const api = useApi();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set());
  const save = useRef(saveNow);
  save.current = saveNow;

  useEffect(() => {
    let current = true;
    (async () => {
      // The checks must see what is on screen, so pending typing is saved first.
      if (!(await save.current())) throw new Error('The latest changes are not saved yet. Try again when the status shows “Saved”.');
      return api.call('checks.run', { articleId });
    })().then(
      ({ findings }) => current && setLoad({ kind: 'ready', findings }),
      (error: unknown) => current && setLoad({ kind: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, articleId, refusal]);

  const findings = load.kind === 'ready' ? load.findings : [];
  const verdict = evaluateGate(findings, [...acknowledged]);
  const warned = findings.filter((f) => f.severity === 'warn');
  const noted = findings.filter((f) => f.severity === 'info');

  const toggle = (key: string, on: boolean) =>
    setAcknowledged((previous) => {
      const next = new Set(previous);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <Dialog
      title="Approve this article"
      size="large"
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={load.kind !== 'ready' || !verdict.open || busy}
            onClick={() => onApprove([...acknowledged])}
          >
            Approve
          </button>
          {onApproveAndPublish !== undefined ? (
            <button
              type="button"
              className="button button--primary"
              disabled={load.kind !== 'ready' || !verdict.open || busy}
              onClick={() => onApproveAndPublish([...acknowledged])}
            >
              Approve and publish
            </button>
          ) : null}
        </>
      }
    >
      {load.kind === 'loading' ? <p role="status">Running the checks…</p> : null}
      {load.kind === 'failed' ? (
        <p className="field-error" role="alert">
          Couldn't run the checks: {load.message}
        </p>
      ) : null}
      {refusal !== null ? (
        <p className="field-error" role="alert">
          {refusal}
        </p>
      ) : null}
      {load.kind === 'ready' && verdict.blocking.length > 0 ? (
        <section className="gate gate--block" aria-labelledby="gate-blocking" role="alert">
          <h3 id="gate-blocking" className="gate__title">
            Approval refused: {verdict.blocking.length} blocking {verdict.blocking.length === 1 ? 'finding stands' : 'findings stand'}
          </h3>
          <p>Fix {verdict.blocking.length === 1 ? 'it' : 'them'}, then approve again.</p>
          <ul className="gate__list" aria-label="Blocking findings">
            {verdict.blocking.map((finding) => (
              <li key={findingKey(finding)} className="finding finding--block">
                <FindingText finding={finding} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {warned.length > 0 ? (
        <section className="gate gate--warn" aria-labelledby="gate-warnings">
          <h3 id="gate-warnings" className="gate__title">
            Warnings: acknowledge each one
          </h3>
          <ul className="gate__list" aria-label="Warnings">
            {warned.map((finding) => {
              const key = findingKey(finding);
              return (
                <li key={key} className="finding finding--warn">
                  <label className="finding__ack">
                    <input type="checkbox" checked={acknowledged.has(key)} onChange={(event) => toggle(key, event.target.checked)} />
                    <span>
                      <FindingText finding={finding} />
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {noted.length > 0 ? (
        <ul className="gate__list" aria-label="For information">
          {noted.map((finding) => (
            <li key={findingKey(finding)} className="finding finding--info">
              <FindingText finding={finding} />
            </li>
          ))}
        </ul>
      ) : null}
      {load.kind === 'ready' && findings.length === 0 ? <p>The checks found nothing that holds this article back.</p> : null}
      <p className="gate__binding">
        The approval is bound to the article exactly as it is now: any later change to its text or details voids it.
      </p>
    </Dialog>
  );
}
