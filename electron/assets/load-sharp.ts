import Module from 'node:module';
import { dirname, join } from 'node:path';
import type Sharp from 'sharp';
import { GalleyError } from '../../shared/contract/errors';

export type SharpFunction = typeof Sharp;

/**
 * Where images are processed. Electron's Linux binary links the system's GLib, which
 * clashes with the copy inside sharp's libvips and can crash the whole main process
 * (sharp warns "SharpElectronLinux"). There sharp runs on its WebAssembly build, which
 * links nothing. A child process is no way out: the runAsNode fuse is off, and a utility
 * process is Electron too.
 */
export function imageRuntime(versions: { readonly electron?: string | undefined }, platform: NodeJS.Platform): 'native' | 'wasm' {
  return versions.electron !== undefined && platform === 'linux' ? 'wasm' : 'native';
}

export const WASM_PACKAGE = '@img/sharp-wasm32';

/**
 * sharp with its WebAssembly binding. sharp looks for its native binding first and finds
 * it; its dist/sharp.cjs is the one module that picks the binding, so that module is
 * given the WebAssembly one before sharp is first required.
 */
export function requireWasmSharp(requireFrom: NodeJS.Require): SharpFunction {
  const binding: unknown = requireFrom(`${WASM_PACKAGE}/sharp.node`);
  const chooser = join(dirname(requireFrom.resolve('sharp')), 'sharp.cjs');
  const seeded = new Module(chooser);
  seeded.filename = chooser;
  seeded.exports = binding;
  seeded.loaded = true;
  requireFrom.cache[chooser] = seeded;
  return requireFrom('sharp') as SharpFunction;
}

function unavailable(runtime: 'native' | 'wasm', error: unknown): GalleyError {
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const build = runtime === 'wasm' ? `its WebAssembly build (${WASM_PACKAGE})` : 'sharp';
  return new GalleyError(
    'UNSUPPORTED',
    `Galley cannot process images on this computer: ${build} did not load (${first.trim()}). ` +
      'Nothing was added. Run `npm ci` again (or reinstall Galley); articles and everything else still work.',
  );
}

/** A loader that loads sharp on first use, once, and turns a failure into a message at that point. */
export function sharpLoader(runtime: 'native' | 'wasm', load: () => Promise<SharpFunction>): () => Promise<SharpFunction> {
  let loaded: Promise<SharpFunction> | null = null;
  return () => {
    loaded ??= load().then(
      (sharp) => {
        // A long-running host adds images all day: sharp's operation cache would only hold memory.
        sharp.cache(false);
        return sharp;
      },
      (error: unknown) => {
        // Not kept: a later attempt (after a reinstall, say) tries again.
        loaded = null;
        throw unavailable(runtime, error);
      },
    );
    return loaded;
  };
}

const runtime = imageRuntime(process.versions, process.platform);

/**
 * sharp, loaded when the first image needs it rather than at start-up: a missing or
 * broken build then fails that one action with a message, not the app before its window.
 * The bundles are CommonJS and use `require` (which Electron sends out of the asar to the
 * unpacked copy); the tests run these sources as ES modules, where only import exists.
 */
export const loadSharp = sharpLoader(runtime, async () => {
  if (typeof require !== 'function') return (await import('sharp')).default;
  if (runtime === 'wasm') return requireWasmSharp(require);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- on purpose: loaded on first use, through Electron's asar redirect
  return require('sharp') as SharpFunction;
});
