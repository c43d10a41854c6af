import { existsSync } from 'node:fs';
import { CLI_PATH, RENDERER_INDEX } from './support/paths';

/** Fails the run at once, with the fix, when the build the tests drive is missing. */
export default function globalSetup(): void {
  const required = process.env.GALLEY_E2E_CLI === undefined ? [CLI_PATH, RENDERER_INDEX] : [CLI_PATH];
  const missing = required.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(`The end-to-end tests drive the built app, but ${missing.join(' and ')} is missing. Run \`npm run build\` first.`);
  }
}
