import { join } from 'node:path';
import { build, type InlineConfig } from 'vite';
import { v8CompileHints } from '../../../build/v8-compile-hints';
import { BENCH_PAGES_BUILT, BENCH_PAGES_SOURCE } from '../support/paths';

export const BARE_LEXICAL_PAGE = '/bare-lexical.html';
export const PLAIN_PAGE = '/plain.html';
/** The bare page again, built with Galley's V8 compile hint (build/v8-compile-hints.ts). */
export const BARE_LEXICAL_HINTED_PAGE = '/hinted/bare-lexical.html';

/**
 * Builds the baseline pages (tests/bench/pages) into dist/bench with Vite, in production
 * mode like Galley's renderer, so React and Lexical run their production builds in both.
 */
export async function buildBenchPages(): Promise<string> {
  const page = (outDir: string, input: Record<string, string>): InlineConfig => ({
    configFile: false,
    root: BENCH_PAGES_SOURCE,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    esbuild: { jsx: 'automatic' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome120',
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input },
    },
  });
  const bare = join(BENCH_PAGES_SOURCE, 'bare-lexical.html');
  await build(page(BENCH_PAGES_BUILT, { bare, plain: join(BENCH_PAGES_SOURCE, 'plain.html') }));
  // Shows how much of Galley's open time the compile hint saves, apart from its own code.
  await build({ ...page(join(BENCH_PAGES_BUILT, 'hinted'), { bare }), plugins: [v8CompileHints()] });
  return BENCH_PAGES_BUILT;
}
