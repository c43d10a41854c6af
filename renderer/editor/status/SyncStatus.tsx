import { useNewsroomStatus } from '../../common/newsroom/useNewsroomStatus';
import { syncDetail, syncText } from '../../common/newsroom/syncWords';

/** The newsroom's sync state in the status bar, when this workstation belongs to a hub; nothing in solo mode. */
export function SyncStatus() {
  const { status } = useNewsroomStatus();
  if (status === null || status.membership === null) return null;
  const text = syncText(status.state);
  if (text === null) return null;
  return (
    <div className={`sync-state sync-state--${status.state.kind}`}>
      <span className="save-state__dot" aria-hidden="true" />
      <p className="save-state__text" role="status" aria-live="polite" data-testid="sync-status" title={syncDetail(status.state, status.membership.hub.name) ?? undefined}>
        {text}
      </p>
    </div>
  );
}
