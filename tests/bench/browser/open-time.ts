import { summarize, type Summary } from '../support/stats';
import type { EditorUnderTest } from './editors';
import { probe } from './probe-client';

export interface OpenOptions {
  lastText: string;
  warmupRuns: number;
  runs: number;
  log: (message: string) => void;
}

export interface OpenResult {
  name: EditorUnderTest['name'];
  /** Click to the document laid out in the frame that shows it. */
  rendered: Summary;
  /** Click to that frame done and the work queued before it run: the page takes input again. */
  settled: Summary;
  samples: Array<{ rendered: number; settled: number }>;
}

// Lets a freshly loaded page finish what it started (fonts, first list page, idle work)
// before the click, so the click measures opening the article and nothing else.
const QUIET_BEFORE_CLICK_MS = 500;

/**
 * From the click that opens the long read to the frame in which its last paragraph is laid
 * out (and, for information, to when the page is free again after that frame). Each run is
 * a freshly loaded page; the editors alternate run by run.
 */
export async function benchOpen(editors: readonly EditorUnderTest[], options: OpenOptions): Promise<OpenResult[]> {
  const samples = editors.map(() => [] as Array<{ rendered: number; settled: number }>);
  options.log(`open: ${options.warmupRuns} warm-up + ${options.runs} measured runs each of ${editors.map((e) => e.name).join(', ')}`);
  for (let run = 0; run < options.warmupRuns + options.runs; run += 1) {
    for (let turn = 0; turn < editors.length; turn += 1) {
      const which = (run + turn) % editors.length;
      const editor = editors[which];
      if (editor === undefined) continue;
      const page = await editor.context.newPage();
      try {
        await editor.load(page);
        await probe.settle(page);
        await page.waitForTimeout(QUIET_BEFORE_CLICK_MS);
        await probe.watchRender(page, editor.selector, options.lastText);
        await editor.clickOpen(page);
        const timing = await probe.rendered(page);
        if (run >= options.warmupRuns) samples[which]?.push(timing);
      } finally {
        await page.close();
      }
    }
  }
  return editors.map((editor, index) => {
    const runs = samples[index] ?? [];
    return {
      name: editor.name,
      rendered: summarize(runs.map((r) => r.rendered)),
      settled: summarize(runs.map((r) => r.settled)),
      samples: runs,
    };
  });
}
