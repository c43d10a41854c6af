import type { Page } from '@playwright/test';

/**
 * Typed calls into the in-page probe (./in-page/probe.ts). Expressions are passed as
 * strings, never as functions: see ./probe-script.ts for why.
 */
const js = JSON.stringify;

export const probe = {
  keystrokeCount: (page: Page) => page.evaluate('window.galleyBench.keystrokes.length') as Promise<number>,
  keystrokesFrom: (page: Page, start: number) =>
    page.evaluate(`window.galleyBench.keystrokes.slice(${start})`) as Promise<number[]>,
  /** Waits for keystroke `count` to be measured, then for two quiet frames, so keys never queue. */
  waitForKeystrokeThenSettle: (page: Page, count: number) =>
    page.evaluate(`window.galleyBench.waitForKeystrokes(${count}).then(() => window.galleyBench.settle())`),
  watchRender: (page: Page, selector: string, lastText: string) =>
    page.evaluate(`window.galleyBench.watchRender(${js(selector)}, ${js(lastText)})`),
  rendered: (page: Page) => page.evaluate('window.galleyBench.rendered()') as Promise<{ rendered: number; settled: number }>,
  placeCaret: (page: Page, selector: string, index: number) =>
    page.evaluate(`window.galleyBench.placeCaret(${js(selector)}, ${index})`) as Promise<boolean>,
  settle: (page: Page) => page.evaluate('window.galleyBench.settle()'),
  blockText: (page: Page, selector: string, index: number) =>
    page.evaluate(`window.galleyBench.blockText(${js(selector)}, ${index})`) as Promise<string>,
  /** Resolves once the whole document is in the DOM (its last block reads `lastText`); see the probe for why not waitForFunction. */
  waitForDocument: (page: Page, selector: string, lastText: string) =>
    Promise.race([
      page.evaluate(`window.galleyBench.waitForDocument(${js(selector)}, ${js(lastText)})`),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`the document did not appear in ${selector} within 120 s`)), 120_000).unref()),
    ]),
};
