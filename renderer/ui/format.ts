const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'short' });
const sameYearDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const otherYearDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const fullDateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const integer = new Intl.NumberFormat();

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 min ago", "3 hr ago", "yesterday", then a date: how a newsroom speaks of recent work. */
export function relativeTime(iso: string, now: number): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const elapsed = now - then;
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 2 * DAY) return relative.format(-1, 'day');
  const date = new Date(then);
  return (date.getFullYear() === new Date(now).getFullYear() ? sameYearDate : otherYearDate).format(date);
}

export const clockTime = (iso: string): string => clock.format(new Date(iso));
export const dateTime = (iso: string): string => fullDateTime.format(new Date(iso));
export const count = (n: number): string => integer.format(n);

export function plural(n: number, one: string, many: string): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}
