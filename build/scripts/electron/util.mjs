// Small helpers the start script's steps share.
import { createRequire } from 'node:module';
import path from 'node:path';

/** The folder of an installed package as the project resolves it, or null. */
export function resolvePackageDir(from, name) {
  try {
    return path.dirname(createRequire(path.join(from, 'package.json')).resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

/** The line of a tool's error output that says what went wrong, without its stack or the error's class. */
export function firstErrorLine(text) {
  const lines = String(text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  const line = lines.find((l) => /error|failed|not found|ENOTFOUND|ECONNREFUSED/i.test(l)) ?? lines.at(-1) ?? 'no reason given';
  return line.replace(/^(\w*Error|prebuild-install (warn|err!?)|gyp ERR!)\s*:?\s*/i, '');
}
