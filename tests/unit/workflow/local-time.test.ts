import { describe, expect, it } from 'vitest';
import { fromDateTimeLocal, toDateTimeLocal } from '../../../renderer/ui/localTime';

describe('schedule times', () => {
  it('reads a datetime-local value as local time and writes it back unchanged', () => {
    const typed = '2099-03-01T09:30';
    const when = fromDateTimeLocal(typed);
    expect(when).not.toBeNull();
    expect(when!.getHours()).toBe(9);
    expect(when!.getMinutes()).toBe(30);
    expect(toDateTimeLocal(when!)).toBe(typed);
  });

  it('refuses anything that is not a whole date and time', () => {
    for (const bad of ['', '2099-03-01', '2099-13-01T09:30', 'tomorrow', '2099-03-01T09:30Z']) {
      expect(fromDateTimeLocal(bad), bad).toBeNull();
    }
  });
});
