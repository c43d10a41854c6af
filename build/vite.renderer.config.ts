import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { v8CompileHints } from './v8-compile-hints';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const rendererRoot = fileURLToPath(new URL('../renderer', import.meta.url));

/**
 * Builds the renderer for both shells: the Electron `app://` protocol and the loopback web
 * host. Both serve it under a strict CSP (`script-src 'self'`, `style-src 'self'`), so the
 * build must emit no inline script or style: no module-preload polyfill (it is injected
 * inline), and no assets inlined as data: URLs (fonts would be refused).
 */
export default defineConfig({
  root: rendererRoot,
  base: './',
  publicDir: false,
  envDir: repoRoot,
  esbuild: { jsx: 'automatic' },
  plugins: [v8CompileHints()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry @__PURE__ notes Rollup cannot place; harmless, and noise in every build.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/zod/')) return;
        warn(warning);
      },
    },
  },
  server: { strictPort: false },
});
