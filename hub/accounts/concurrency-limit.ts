/**
 * Runs at most `limit` of the given tasks at once, the rest in arrival order. The hub's
 * password checks go through it: each scrypt takes 128 MiB for about half a second, so a
 * burst of sign-ins sent at once would otherwise take gigabytes of the hub's memory.
 */
export function concurrencyLimit(limit: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
