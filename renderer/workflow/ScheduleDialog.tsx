import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { fromDateTimeLocal, localDateTime, toDateTimeLocal, utcDateTime } from '../ui/localTime';

interface Props {
  /** The time already set, when rescheduling (UTC). */
  current: string | null;
  busy: boolean;
  onSchedule: (publishAtUtc: string) => void;
  onCancel: () => void;
}

const HOUR = 3_600_000;

/** When an approved article goes out: typed in local time, stored in UTC, never in the past. */
export function ScheduleDialog({ current, busy, onSchedule, onCancel }: Props) {
  const id = useId();
  const helpId = useId();
  const [value, setValue] = useState(() => toDateTimeLocal(current !== null ? new Date(current) : new Date(Date.now() + HOUR)));
  const when = fromDateTimeLocal(value);
  const past = when !== null && when.getTime() <= Date.now();
  const problem = when === null ? 'Enter a date and a time.' : past ? 'That time has already passed: choose a time in the future.' : null;

  return (
    <Dialog
      title={current === null ? 'Schedule publication' : 'Reschedule publication'}
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={problem !== null || busy}
            onClick={() => when !== null && onSchedule(when.toISOString())}
          >
            Schedule
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Publish at (your local time)
        </label>
        <input
          id={id}
          className="input"
          type="datetime-local"
          required
          min={toDateTimeLocal(new Date())}
          aria-invalid={problem !== null}
          aria-describedby={helpId}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <p id={helpId} className={problem === null ? 'field__help' : 'field__help field__help--error'} role={problem === null ? undefined : 'alert'}>
          {problem ?? `${localDateTime(when!.toISOString())} · ${utcDateTime(when!.toISOString())}`}
        </p>
      </div>
      <p>The approved revision is published then, exactly as approved. Any change before that voids the approval and the schedule.</p>
    </Dialog>
  );
}
