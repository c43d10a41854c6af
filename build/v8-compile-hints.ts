import type { Plugin, Rollup } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Puts the hint on the first line of every entry chunk, and one line with no mappings at the top of its source map. */
export function addCompileHints(bundle: Rollup.OutputBundle): void {
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
    chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
    // The map is already in the bundle as a file of its own.
    const map = bundle[`${chunk.fileName}.map`];
    if (map?.type === 'asset' && typeof map.source === 'string') {
      const parsed = JSON.parse(map.source) as { mappings: string };
      map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
    }
  }
}

/**
 * V8's explicit compile hint on the renderer's entry script: every function is compiled
 * while the script streams in, off the main thread, instead of each on its first call.
 * Without it, the first article opened in a window spent about a quarter of its time
 * compiling the editor's code (`npm run bench -- --only=open`, see tests/bench/README.md).
 * Cached compiled code (the web host's asset headers, the app:// scheme's codeCache) spares
 * later windows the compiling too. Added after minification, which would drop the comment.
 */
export function v8CompileHints(): Plugin {
  return {
    name: 'galley:v8-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      addCompileHints(bundle);
    },
  };
}
