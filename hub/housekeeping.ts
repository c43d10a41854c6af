/**
 * Runs `task` now and then every `everyMs`, one run at a time; a failure (the store
 * unreachable, say) is logged and the next run tries again. `stop` waits for a run under way.
 */
export function repeat(what: string, everyMs: number, task: () => Promise<void>, log: (line: string) => void): { stop(): Promise<void> } {
  let current: Promise<void> | null = null;
  const run = () => {
    current ??= task()
      .catch((error: unknown) => log(`hub: ${what} failed, tried again in ${everyMs} ms: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (current = null));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await current;
    },
  };
}
