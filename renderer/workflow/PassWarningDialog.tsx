import { findingKey, type Finding } from '../../shared/checks/finding';
import { findingTitle } from '../../shared/checks/labels';
import { plural } from '../ui/format';
import { Dialog } from '../ui/Dialog';

interface Props {
  blocking: readonly Finding[];
  busy: boolean;
  onPass: () => void;
  onCancel: () => void;
}

/**
 * Passing to the desk while something blocks approval: the editor sees each blocking finding
 * and decides (the desk may be the one to resolve it), knowing the desk chief cannot approve
 * until every one is resolved.
 */
export function PassWarningDialog({ blocking, busy, onPass, onCancel }: Props) {
  return (
    <Dialog
      title={`Pass to desk with ${plural(blocking.length, 'blocking finding', 'blocking findings')}?`}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onCancel} data-autofocus>
            Keep in edit
          </button>
          <button type="button" className="button" disabled={busy} onClick={onPass}>
            Pass to desk anyway
          </button>
        </>
      }
    >
      <p>The desk chief cannot approve the article until each of these is resolved:</p>
      <ul className="gate__list" aria-label="Blocking findings">
        {blocking.map((finding) => (
          <li key={findingKey(finding)} className="finding finding--block">
            {findingTitle(finding)} — {finding.message}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
