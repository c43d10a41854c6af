import type { Page } from '@playwright/test';
import { summarize, type Summary } from '../support/stats';
import { openLongRead, type EditorUnderTest } from './editors';
import { probe } from './probe-client';

export interface TypingOptions {
  /** The block (a plain paragraph near the middle of the document) typed into. */
  blockIndex: number;
  lastText: string;
  warmupKeys: number;
  rounds: number;
  keysPerRound: number;
  log: (message: string) => void;
}

export interface TypingResult {
  name: EditorUnderTest['name'];
  summary: Summary;
  samples: number[];
}

// Lower case, so every character is one key press without Shift.
const SENTENCE =
  'and the committee said on thursday that it would publish the revised figures next week, after an internal review found errors in how the data had been gathered ';

function textToType(length: number): string {
  let text = '';
  while (text.length < length) text += SENTENCE;
  return text.slice(0, length);
}

async function typeKeys(page: Page, keys: string): Promise<void> {
  const start = await probe.keystrokeCount(page);
  for (let i = 0; i < keys.length; i += 1) {
    await page.keyboard.type(keys.charAt(i));
    await probe.waitForKeystrokeThenSettle(page, start + i + 1);
  }
}

/**
 * Types into the middle of the long read, one key at a time, in each editor. The editors
 * take turns in rounds (in a rotating order), so a slow moment of the machine is shared
 * out instead of landing on one editor.
 */
export async function benchTyping(editors: readonly EditorUnderTest[], options: TypingOptions): Promise<TypingResult[]> {
  const total = options.warmupKeys + options.rounds * options.keysPerRound;
  const text = textToType(total);
  const pages: Page[] = [];
  const measuredFrom: number[] = [];
  try {
    for (const editor of editors) {
      const page = await openLongRead(editor, options.lastText);
      pages.push(page);
      if (!(await probe.placeCaret(page, editor.selector, options.blockIndex))) {
        throw new Error(`${editor.name}: block ${options.blockIndex} has no text to type into`);
      }
      await probe.settle(page);
      await typeKeys(page, text.slice(0, options.warmupKeys));
      measuredFrom.push(await probe.keystrokeCount(page));
    }
    options.log(`typing: ${options.rounds} rounds × ${options.keysPerRound} keys in ${editors.map((e) => e.name).join(', ')}`);
    for (let round = 0; round < options.rounds; round += 1) {
      const keys = text.slice(options.warmupKeys + round * options.keysPerRound, options.warmupKeys + (round + 1) * options.keysPerRound);
      for (let turn = 0; turn < editors.length; turn += 1) {
        const which = (round + turn) % editors.length;
        const page = pages[which];
        if (page === undefined) continue;
        await page.bringToFront();
        await typeKeys(page, keys);
      }
    }
    const results: TypingResult[] = [];
    for (const [index, editor] of editors.entries()) {
      const page = pages[index];
      if (page === undefined) continue;
      // Every key must have reached the document: a benchmark typing into nothing measures nothing.
      const typedInto = await probe.blockText(page, editor.selector, options.blockIndex);
      if (!typedInto.includes(text.trim())) {
        throw new Error(`${editor.name}: the typed text is not in the paragraph typed into`);
      }
      const samples = await probe.keystrokesFrom(page, measuredFrom[index] ?? 0);
      results.push({ name: editor.name, summary: summarize(samples), samples });
    }
    return results;
  } finally {
    for (const page of pages) await page.close();
  }
}
