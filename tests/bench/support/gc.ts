import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/**
 * Records V8's garbage-collection pauses while a benchmark runs, so a slow sample can be
 * told apart: paused by the collector (work the code's allocations cause) or not.
 */
export interface GcTracker {
  /** Milliseconds of collector pauses that fell between `start` and `end` (performance.now() times). */
  pausedDuring(start: number, end: number): number;
  stop(): Promise<{ pauses: number; totalMs: number }>;
}

export function trackGc(): GcTracker {
  const pauses: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    pausedDuring(start, end) {
      let total = 0;
      for (const pause of pauses) {
        const overlap = Math.min(end, pause.startTime + pause.duration) - Math.max(start, pause.startTime);
        if (overlap > 0) total += overlap;
      }
      return total;
    },
    async stop() {
      // Entries are delivered later, on a timer turn of the event loop: let the last ones arrive.
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      return { pauses: pauses.length, totalMs: pauses.reduce((sum, p) => sum + p.duration, 0) };
    },
  };
}
