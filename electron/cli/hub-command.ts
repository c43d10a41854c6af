import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { join, resolve } from 'node:path';
import { findHubNode, HUB_NODE_HELP } from '../../shared/node/hub-node.mjs';
import { defaultDataDir } from './data-dir';
import { EXIT } from './output';

declare const __dirname: string;

/** The hub's own data directory when --data is not given: beside the workstation's, never inside its library. */
export const defaultHubDataDir = (env: NodeJS.ProcessEnv = process.env) => env.GALLEY_HUB_DATA_DIR ?? join(defaultDataDir(env), 'hub');

/** The built hub (dist/hub/hub.cjs): next to this command when built, else in the working tree's dist/. */
function hubScript(): string {
  const candidates = [join(__dirname, '..', 'hub', 'hub.cjs'), resolve('dist', 'hub', 'hub.cjs')];
  return candidates.find((file) => existsSync(file)) ?? candidates[0]!;
}

/**
 * `galley hub …`: runs the newsroom hub, which needs Node 22 (Hocuspocus 4, node:sqlite),
 * whatever Node runs this command. It finds one (shared/node/hub-node.mjs), runs
 * dist/hub/hub.cjs with the same arguments, forwards SIGINT and SIGTERM, and exits as the hub did.
 */
export async function hubCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const script = hubScript();
  if (!existsSync(script)) {
    process.stderr.write(`galley hub: the hub has not been built (${script} is missing); run \`npm run build\` first.\n`);
    return EXIT.internal;
  }
  const node = findHubNode({ root: join(__dirname, '..', '..'), env });
  if (node === null) {
    process.stderr.write(`galley hub: ${HUB_NODE_HELP}\n`);
    return EXIT.badInput;
  }
  const wantsData = !args.some((arg) => arg === '--data' || arg.startsWith('--data=') || arg === '--help' || arg === '-h');
  const hubArgs = wantsData ? ['--data', defaultHubDataDir(env), ...args] : args;
  // node:sqlite is flagged experimental in Node 22; the warning would only worry the person running the hub.
  const child = spawn(node.command, ['--disable-warning=ExperimentalWarning', script, ...hubArgs], {
    stdio: 'inherit',
    env: { ...env, ...node.env },
  });
  const forward = (signal: NodeJS.Signals) => () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  try {
    return await new Promise<number>((done, fail) => {
      child.once('error', fail);
      // A hub ended by a signal exits the way a shell reports it: 128 + the signal's number.
      child.once('exit', (code, signal) => done(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0)));
    });
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
}
