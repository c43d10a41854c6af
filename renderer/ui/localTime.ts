/**
 * Publication times are stored in UTC and shown in the person's own time: these helpers
 * convert between a `<input type="datetime-local">` value (local, no zone) and UTC.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as a datetime-local value in this machine's time zone ("2026-11-23T14:30"). */
export function toDateTimeLocal(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value, read as local time; null when it is not a complete date and time. */
export function fromDateTimeLocal(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  // Without an offset, the ECMAScript date-time form is local time: what the person typed.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const local = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});
const utc = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

/** "Mon, 23 Nov 2026, 14:30 GMT+1": a stored UTC time as the person reads it. */
export const localDateTime = (iso: string): string => local.format(new Date(iso));
/** The same moment in UTC, for the desk that works across zones. */
export const utcDateTime = (iso: string): string => `${utc.format(new Date(iso))} UTC`;
