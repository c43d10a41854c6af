import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.1 A and AA: what Galley promises. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

export interface ScreenReport {
  screen: string;
  /** Every violation axe found, by rule id, with its impact and how many nodes. */
  all: { id: string; impact: string; nodes: number }[];
  /** The serious and critical ones, each with the first offending elements: these fail the test. */
  blocking: { id: string; impact: string; help: string; targets: string[] }[];
}

/** Runs axe on what the page shows now. */
export async function scanScreen(page: Page, screen: string): Promise<ScreenReport> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const all = result.violations.map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', nodes: v.nodes.length }));
  const blocking = result.violations
    .filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''))
    .map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`) }));
  return { screen, all, blocking };
}
