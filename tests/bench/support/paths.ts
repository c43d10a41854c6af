import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
/** Git-ignored: results, the cached search database and scratch data directories. */
export const RESULTS_DIR = join(REPO_ROOT, 'bench-results');
export const CACHE_DIR = join(RESULTS_DIR, 'cache');
export const BENCH_PAGES_SOURCE = join(REPO_ROOT, 'tests', 'bench', 'pages');
export const BENCH_PAGES_BUILT = join(REPO_ROOT, 'dist', 'bench');

/**
 * A scratch directory on the same disk as the project (not a RAM-backed /tmp), because
 * the save benchmark measures fsync and must hit a real file system.
 */
export function scratchDir(label: string): { path: string; remove(): void } {
  const root = join(RESULTS_DIR, 'tmp');
  mkdirSync(root, { recursive: true });
  const path = mkdtempSync(join(root, `${label}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
