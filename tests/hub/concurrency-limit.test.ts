import { describe, expect, it } from 'vitest';
import { concurrencyLimit } from '../../hub/accounts/concurrency-limit';

describe('concurrencyLimit (the hub runs at most two password checks at once)', () => {
  it('runs no more than the limit at once, all of them in the end, in arrival order', async () => {
    const run = concurrencyLimit(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const releases: Array<() => void> = [];
    const results = Array.from({ length: 6 }, (_, i) =>
      run(async () => {
        started.push(i);
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => releases.push(resolve));
        running -= 1;
        return i;
      }),
    );
    while (started.length < 6) {
      await new Promise((resolve) => setImmediate(resolve));
      releases.shift()?.();
    }
    releases.splice(0).forEach((release) => release());
    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('frees its place when a task fails', async () => {
    const run = concurrencyLimit(1);
    await expect(run(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await run(async () => 'next')).toBe('next');
  });
});
