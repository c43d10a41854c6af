import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * The in-page probe as one classic script, for `addInitScript`. It is bundled here rather
 * than passed as a function to `page.evaluate` because the TypeScript loader rewrites
 * functions (adding helpers that do not exist in the page), and an init script runs
 * before the page's own code, under any Content-Security-Policy.
 */
export async function probeScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'in-page', 'probe.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild produced no probe script');
  return output.text;
}
