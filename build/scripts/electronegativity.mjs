#!/usr/bin/env node
// Runs Electronegativity (Doyensec's Electron security scanner) over Galley's main process,
// preload and renderer, and fails on any high or medium finding that is not explained in
// build/electronegativity-allow.json. Part of `npm test`; alone: `node build/scripts/electronegativity.mjs`.
//
// The package's CLI cannot start here (it picks up the project's newer commander), so its
// programmatic runner is used. The network check (AvailableSecurityFixesGlobalCheck, which
// asks GitHub for Electron releases) is left out: CI has no network.
//
// What is scanned, in a temporary folder:
//   main.js, preload.js: the main process and the preload, bundled from source (our code only:
//     packages stay external) for ES2019, because the scanner's parser predates class private fields;
//   src/: the TypeScript sources of electron/, renderer/ and shared/, so findings point at real lines;
//   index.html: the built renderer page; package.json: the Electron version, for the version checks.
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const ALLOW_FILE = join(root, 'build', 'electronegativity-allow.json');
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const FAILING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);

/** Folders copied (their .ts/.tsx/.html files) so that the scanner reads our sources. */
const SOURCE_DIRS = ['electron', 'renderer', 'shared'];

async function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'galley-electronegativity-'));
  const common = { bundle: true, packages: 'external', target: 'es2019', format: 'cjs', logLevel: 'silent', sourcemap: false };
  await build({ ...common, platform: 'node', entryPoints: [join(root, 'electron/app/main.ts')], outfile: join(dir, 'main.js') });
  await build({ ...common, platform: 'browser', entryPoints: [join(root, 'electron/preload/index.ts')], outfile: join(dir, 'preload.js') });
  for (const folder of SOURCE_DIRS) {
    cpSync(join(root, folder), join(dir, 'src', folder), {
      recursive: true,
      filter: (from) => !/\.(css|png|jpg|svg|d\.ts)$/.test(from),
    });
  }
  cpSync(join(root, 'renderer', 'index.html'), join(dir, 'index.html'));
  const electronVersion = require('electron/package.json').version;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'galley', main: 'main.js', devDependencies: { electron: electronVersion } }));
  return { dir, electronVersion };
}

function readAllowList() {
  const entries = JSON.parse(readFileSync(ALLOW_FILE, 'utf8'));
  for (const entry of entries) {
    if (typeof entry.check !== 'string' || typeof entry.file !== 'string' || typeof entry.why !== 'string' || entry.why.length < 40) {
      throw new Error(`${relative(root, ALLOW_FILE)}: every entry needs "check", "file" and a real "why": ${JSON.stringify(entry)}`);
    }
  }
  return entries;
}

const normalise = (file) => file.split(sep).join('/');

async function main() {
  const { dir, electronVersion } = await stage();
  try {
    // The runner prints progress through winston and a "translations" warning; it returns its findings.
    const run = require('@doyensec/electronegativity/dist/runner.js');
    const result = await run({
      input: dir,
      excludeFromScan: EXCLUDED_CHECKS,
      electronVersionOverride: electronVersion,
      isRelative: true,
      severitySet: 'informational',
      confidenceSet: 'tentative',
    });
    const broken = result.errors.filter((e) => !e.tolerable);
    if (broken.length > 0) {
      for (const e of broken) console.error(`electronegativity: could not parse ${normalise(relative(dir, e.file))}: ${e.message}`);
      process.exitCode = 1;
    }
    const allow = readAllowList();
    const used = new Set();
    const findings = result.issues.map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: normalise(issue.file),
      line: issue.location.line,
    }));
    const unexplained = [];
    for (const f of findings) {
      const entry = allow.find((a) => a.check === f.check && a.file === f.file);
      if (entry) used.add(entry);
      else if (FAILING_SEVERITIES.has(f.severity)) unexplained.push(f);
    }
    const stale = allow.filter((a) => !used.has(a));

    console.log(`Electronegativity ${require('@doyensec/electronegativity/package.json').version} on Electron ${electronVersion}: ` +
      `${result.globalChecks} global and ${result.atomicChecks} atomic checks (excluded: ${EXCLUDED_CHECKS.join(', ')}).`);
    const bySeverity = {};
    for (const f of findings) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    console.log(`${findings.length} finding(s) ${JSON.stringify(bySeverity)}; ${findings.length - unexplained.length} explained or below medium, ${unexplained.length} unexplained.`);
    for (const f of findings) {
      const entry = allow.find((a) => a.check === f.check && a.file === f.file);
      console.log(`  ${f.severity.padEnd(13)} ${f.check} ${f.file}:${f.line}${entry ? `  (explained: ${entry.why})` : ''}`);
    }
    for (const f of unexplained) {
      console.error(`electronegativity: unexplained ${f.severity} finding ${f.check} in ${f.file}:${f.line}. ` +
        `Fix it, or explain why it is safe in ${relative(root, ALLOW_FILE)}.`);
    }
    for (const a of stale) {
      console.error(`electronegativity: ${relative(root, ALLOW_FILE)} explains ${a.check} in ${a.file}, which is no longer found: remove the entry.`);
    }
    if (unexplained.length > 0 || stale.length > 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
