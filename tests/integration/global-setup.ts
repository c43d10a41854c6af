import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startGhost, startWordPress, stopGroup, type GhostBackend, type WordPressBackend } from './support/backends';

/**
 * Starts a real Ghost and a real WordPress once per run, side by side, each with a fresh
 * database (the installs come from the cache), hands their addresses and keys to the
 * tests, and stops both process groups at the end, whatever happened.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    ghost: GhostBackend;
    wordpress: WordPressBackend;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = mkdtempSync(join(tmpdir(), 'galley-backends-'));
  const started = Date.now();
  const log = (line: string) => console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s ${line}`);
  const results = await Promise.allSettled([startGhost(join(root, 'ghost'), log), startWordPress(join(root, 'wordpress'), log)]);
  const teardown = async () => {
    await Promise.all(results.map((result) => (result.status === 'fulfilled' ? stopGroup(result.value.pid) : Promise.resolve())));
    if (process.env.GALLEY_KEEP_BACKENDS_DIR === undefined) rmSync(root, { recursive: true, force: true });
  };
  const [ghost, wordpress] = results;
  if (ghost?.status !== 'fulfilled' || wordpress?.status !== 'fulfilled') {
    await teardown();
    const reasons = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => String(r.reason));
    throw new Error(`could not start the backends:\n${reasons.join('\n')}`);
  }
  log(`both backends ready (Ghost ${ghost.value.url}, WordPress ${wordpress.value.url})`);
  project.provide('ghost', ghost.value);
  project.provide('wordpress', wordpress.value);
  return teardown;
}
