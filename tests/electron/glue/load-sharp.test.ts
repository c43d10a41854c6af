import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { imageRuntime, requireWasmSharp, sharpLoader, type SharpFunction } from '../../../electron/assets/load-sharp';
import { useTempDirs } from '../../support/temp-dir';

const MODULES = fileURLToPath(new URL('../../../node_modules/', import.meta.url));
const NATIVE = `@img/sharp-${process.platform}-${process.arch}`;

describe('image processing in the Electron main process', () => {
  const tempDir = useTempDirs();

  it('uses sharp’s WebAssembly build under Electron on Linux only', () => {
    const node = { electron: undefined };
    const electron = { electron: '45.4.1' };
    expect(imageRuntime(electron, 'linux')).toBe('wasm');
    expect(imageRuntime(electron, 'darwin')).toBe('native');
    expect(imageRuntime(electron, 'win32')).toBe('native');
    expect(imageRuntime(node, 'linux')).toBe('native');
  });

  /**
   * A project holding a copy of the real sharp, its native build, and a stand-in for
   * @img/sharp-wasm32 (not installed on this machine) that hands over the native binding
   * and writes down each call made through it: what matters is which binding sharp takes.
   */
  function project(withWasm: boolean): { requireFrom: NodeJS.Require; marker: string } {
    const root = tempDir();
    const modules = join(root, 'node_modules');
    mkdirSync(join(modules, '@img'), { recursive: true });
    writeFileSync(join(root, 'package.json'), '{}');
    cpSync(join(MODULES, 'sharp'), join(modules, 'sharp'), { recursive: true });
    for (const name of ['detect-libc', 'semver', '@img/colour', NATIVE, `@img/sharp-libvips-${process.platform}-${process.arch}`]) {
      try {
        symlinkSync(join(MODULES, name), join(modules, name), 'junction');
      } catch {
        // Not every platform has a separate libvips package.
      }
    }
    const marker = join(root, 'wasm-binding-was-loaded');
    if (withWasm) {
      const wasm = join(modules, '@img', 'sharp-wasm32');
      mkdirSync(wasm);
      writeFileSync(join(wasm, 'package.json'), JSON.stringify({ name: '@img/sharp-wasm32', exports: { './sharp.node': './index.cjs' } }));
      // Every call sharp makes through this binding is written down.
      writeFileSync(
        join(wasm, 'index.cjs'),
        `const native = require(${JSON.stringify(`${NATIVE}/sharp.node`)});\n` +
          'module.exports = new Proxy(native, { get(target, name) {\n' +
          '  const value = target[name];\n' +
          '  if (typeof value !== "function") return value;\n' +
          `  return (...args) => { require('fs').appendFileSync(${JSON.stringify(marker)}, String(name) + '\\n'); return value.apply(target, args); };\n` +
          '} });\n',
      );
    }
    return { requireFrom: createRequire(join(root, 'package.json')), marker };
  }

  it('makes sharp take the binding @img/sharp-wasm32 provides, though the native one is installed', async () => {
    const { requireFrom, marker } = project(true);
    const sharp = requireWasmSharp(requireFrom);
    const png = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#000' } }).png().toBuffer();
    expect((await sharp(png).metadata()).width).toBe(4);
    // sharp's own lookup finds the native build first and would never go through this one.
    expect(readFileSync(marker, 'utf8').split('\n')).toEqual(expect.arrayContaining(['pipeline', 'metadata']));
  });

  it('turns a missing WebAssembly build into a clear error when an image is processed, and tries again next time', async () => {
    const { requireFrom } = project(false);
    let attempts = 0;
    const load = sharpLoader('wasm', async () => {
      attempts += 1;
      return requireWasmSharp(requireFrom);
    });
    await expect(load()).rejects.toThrow(
      /^Galley cannot process images on this computer: its WebAssembly build \(@img\/sharp-wasm32\) did not load \(Cannot find module '@img\/sharp-wasm32\/sharp\.node'.*\)\. Nothing was added\. Run `npm ci` again/,
    );
    await expect(load()).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    expect(attempts).toBe(2);
  });

  it('loads sharp once, on first use, with its operation cache off', async () => {
    const calls: unknown[] = [];
    const fake = Object.assign(() => undefined, { cache: (value: unknown) => calls.push(value) }) as unknown as SharpFunction;
    let loads = 0;
    const load = sharpLoader('native', async () => {
      loads += 1;
      return fake;
    });
    expect(loads).toBe(0);
    expect(await load()).toBe(fake);
    expect(await load()).toBe(fake);
    expect(loads).toBe(1);
    expect(calls).toEqual([false]);
  });
});
