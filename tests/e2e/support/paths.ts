import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The built `galley` command; GALLEY_E2E_CLI points the suite at another build (it serves the renderer next to it). */
export const CLI_PATH = process.env.GALLEY_E2E_CLI ?? fileURLToPath(new URL('../../../dist/cli/galley.cjs', import.meta.url));
export const RENDERER_INDEX = fileURLToPath(new URL('../../../dist/renderer/index.html', import.meta.url));
