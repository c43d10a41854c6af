import { join } from 'node:path';
import { build } from 'vite';
import { BENCH_PAGES_BUILT, BENCH_PAGES_SOURCE } from '../support/paths';

export const BARE_LEXICAL_PAGE = '/bare-lexical.html';
export const PLAIN_PAGE = '/plain.html';

/**
 * Builds the baseline pages (tests/bench/pages) into dist/bench with Vite, in production
 * mode like Galley's renderer, so React and Lexical run their production builds in both.
 */
export async function buildBenchPages(): Promise<string> {
  await build({
    configFile: false,
    root: BENCH_PAGES_SOURCE,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    esbuild: { jsx: 'automatic' },
    build: {
      outDir: BENCH_PAGES_BUILT,
      emptyOutDir: true,
      target: 'chrome120',
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: {
          bare: join(BENCH_PAGES_SOURCE, 'bare-lexical.html'),
          plain: join(BENCH_PAGES_SOURCE, 'plain.html'),
        },
      },
    },
  });
  return BENCH_PAGES_BUILT;
}
