#!/usr/bin/env node
// `npm run fuzz -- --runs 200000 [--seed N]`: the channel fuzzer (tests/fuzz) for longer than
// `npm test` runs it. The seed defaults to the fixed one, so a failure can be replayed.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' } } });
const env = { ...process.env };
if (values.runs) env.GALLEY_FUZZ_RUNS = values.runs;
if (values.seed) env.GALLEY_FUZZ_SEED = values.seed;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const child = spawn(npx, ['vitest', 'run', '--config', 'build/vitest.config.ts', 'tests/fuzz', '--testTimeout', '0'], { stdio: 'inherit', env });
child.on('exit', (code) => process.exit(code ?? 1));
