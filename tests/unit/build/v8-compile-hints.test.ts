import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { addCompileHints, COMPILE_HINT } from '../../../build/v8-compile-hints';

function chunk(fileName: string, isEntry: boolean, code: string): Rollup.OutputChunk {
  return { type: 'chunk', fileName, isEntry, code } as Rollup.OutputChunk;
}

function asset(fileName: string, source: string): Rollup.OutputAsset {
  return { type: 'asset', fileName, source } as Rollup.OutputAsset;
}

describe('V8 compile hints on the renderer build', () => {
  it('puts the hint on the first line of the entry script, and keeps its source map pointing at the same code', () => {
    const bundle: Rollup.OutputBundle = {
      'assets/index-abc.js': chunk('assets/index-abc.js', true, 'var a=1;\nvar b=2;'),
      'assets/index-abc.js.map': asset('assets/index-abc.js.map', JSON.stringify({ version: 3, mappings: 'AAAA;AACA', sources: ['a.ts'] })),
      'assets/lazy-def.js': chunk('assets/lazy-def.js', false, 'var c=3;'),
    };
    addCompileHints(bundle);
    const entry = bundle['assets/index-abc.js'] as Rollup.OutputChunk;
    expect(entry.code.split('\n')).toEqual([COMPILE_HINT, 'var a=1;', 'var b=2;']);
    const map = JSON.parse(String((bundle['assets/index-abc.js.map'] as Rollup.OutputAsset).source)) as { mappings: string; sources: string[] };
    // One more generated line, with nothing mapped on it: every later line maps as before.
    expect(map.mappings).toBe(';AAAA;AACA');
    expect(map.sources).toEqual(['a.ts']);
    // A chunk loaded later is compiled when it is needed, as usual.
    expect((bundle['assets/lazy-def.js'] as Rollup.OutputChunk).code).toBe('var c=3;');
  });
});
