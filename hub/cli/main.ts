import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ROLES, type Role } from '../../shared/domain/session';
import { isGalleyError } from '../../shared/contract/errors';
import packageJson from '../../package.json';
import { hubAccounts } from '../accounts/accounts';
import { openHubStore } from '../store/open-store';
import { HUB_DATABASE_FILE } from '../store/sqlite/sqlite-hub-store';
import type { HubStore } from '../store/hub-store';
import { DEFAULT_HUB_HOST, DEFAULT_HUB_PORT, DEFAULT_SESSION_SWEEP_MS, startHub } from '../server';
import { readPassword } from './read-password';
import { verifyChain } from '../../shared/node/hash-chain';

/** The command line's exit statuses (as the workstation's `galley`): 0 success, 1 a check that failed, 2 bad input, 70 a bug. */
const EXIT = { ok: 0, failed: 1, badInput: 2, internal: 70 } as const;
const HUB_NAME = 'Galley hub';

class HubCliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const seconds = (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 86_400) throw new InvalidArgumentError('expected a number of seconds (1 to 86400).');
  return Number(value);
};

const port = (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) > 65_535) throw new InvalidArgumentError('expected a port number (0 to 65535).');
  return Number(value);
};

interface StoreOptions {
  data?: string;
  database?: string;
}

/** Where the hub keeps its data, as printed: the SQLite file, or the PostgreSQL URL without its password. */
function describeStore({ dataDir, databaseUrl }: { dataDir: string; databaseUrl?: string }): string {
  if (!databaseUrl) return join(dataDir, HUB_DATABASE_FILE);
  const url = new URL(databaseUrl);
  if (url.password) url.password = '***';
  return url.toString();
}

function storeOptions(opts: StoreOptions) {
  if (opts.data === undefined) throw new HubCliFailure('galley hub: pass --data DIR, the hub’s data directory.', EXIT.badInput);
  return { dataDir: resolve(opts.data), ...(opts.database ? { databaseUrl: opts.database } : {}) };
}

async function withStore(opts: StoreOptions, run: (store: HubStore) => Promise<void>): Promise<void> {
  const store = await openHubStore(storeOptions(opts));
  try {
    await run(store);
  } finally {
    await store.close();
  }
}

async function serve(opts: StoreOptions & { port: number; host: string; sweepSessionsEvery?: number }): Promise<void> {
  const where = storeOptions(opts);
  const store = await openHubStore(where);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let hub;
  try {
    const sessionSweepMs = opts.sweepSessionsEvery === undefined ? undefined : opts.sweepSessionsEvery * 1_000;
    hub = await startHub({ store, port: opts.port, host: opts.host, hub: { name: HUB_NAME, version: packageJson.version }, log, sessionSweepMs });
  } catch (error) {
    await store.close();
    throw error;
  }
  process.stdout.write(`Galley hub at ${hub.url} (store: ${describeStore(where)})\n`);
  await new Promise<void>((done) => {
    let stopping = false;
    // Stays registered: at a terminal, Ctrl-C reaches the hub twice (from the terminal and forwarded by `galley hub`).
    const stop = () => {
      if (stopping) return;
      stopping = true;
      void hub
        .close()
        .then(() => store.close())
        .finally(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function buildProgram(): Command {
  const program = new Command('galley hub')
    .description('The newsroom hub: people sign in here and their workstations sync articles through it.')
    .option('--data <dir>', 'the hub’s data directory (its embedded store: hub.sqlite)')
    .option('--database <url>', 'keep the hub on PostgreSQL (postgres://…) instead of the embedded store')
    .option('--port <port>', 'port (0: any free one)', port, DEFAULT_HUB_PORT)
    .option('--host <host>', 'address to listen on (the default, 127.0.0.1, is this machine only)', DEFAULT_HUB_HOST)
    .option('--sweep-sessions-every <seconds>', `how often expired sessions are deleted (default ${DEFAULT_SESSION_SWEEP_MS / 1_000})`, seconds)
    .showHelpAfterError()
    .exitOverride()
    .action(() => serve(program.opts()));

  const user = program.command('user').description('people on the hub (run on the hub’s machine, on its data directory)');
  user
    .command('add')
    .description('add a person; their password is read from standard input')
    .requiredOption('--name <name>', 'their sign-in name')
    .requiredOption('--display-name <text>', 'the name shown in Galley')
    .addOption(new Option('--role <role>', 'their role').choices([...ROLES]).makeOptionMandatory())
    .action((opts: { name: string; displayName: string; role: Role }) =>
      withStore(program.opts(), async (store) => {
        const password = await readPassword(`Password for ${opts.name}: `);
        const added = await hubAccounts(store).addUser({ ...opts, password });
        process.stdout.write(`Added ${added.name} (${added.role}) as ${added.id}\n`);
      }),
    );
  user
    .command('list')
    .description('list the hub’s people and their roles')
    .action(() =>
      withStore(program.opts(), async (store) => {
        for (const u of await hubAccounts(store).listUsers()) {
          process.stdout.write(`${u.name.padEnd(20)} ${u.role.padEnd(11)} ${u.disabled ? 'disabled' : 'active  '} ${u.displayName}\n`);
        }
      }),
    );
  user
    .command('disable')
    .description('disable a person: they can no longer sign in, and their sessions end')
    .requiredOption('--name <name>', 'their sign-in name')
    .action((opts: { name: string }) =>
      withStore(program.opts(), async (store) => {
        const { user: disabled, sessionsEnded } = await hubAccounts(store).disableUser(opts.name);
        process.stdout.write(`Disabled ${disabled.name}; ${sessionsEnded} ${sessionsEnded === 1 ? 'session' : 'sessions'} ended\n`);
      }),
    );
  program
    .command('audit')
    .description('the hub’s audit chain (run on the hub’s machine, on its data directory or database)')
    .command('verify')
    .description('walk the whole chain: exit 0 when every link holds, 1 naming the first broken entry')
    .action(() =>
      withStore(program.opts(), async (store) => {
        const verdict = verifyChain(await store.listAudit());
        if (verdict.ok) {
          process.stdout.write(`The hub's audit chain is intact: ${verdict.checked} ${verdict.checked === 1 ? 'entry' : 'entries'} checked.\n`);
          return;
        }
        const broken = verdict.broken;
        throw new HubCliFailure(
          `galley hub: the audit chain is broken at entry ${broken?.seq ?? '?'}${broken?.id ? ` (id ${broken.id})` : ''}: ${broken?.reason ?? 'unknown reason'}. ` +
            `${verdict.checked} ${verdict.checked === 1 ? 'entry' : 'entries'} before it are intact.`,
          EXIT.failed,
        );
      }),
    );
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof HubCliFailure) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    if (error && typeof error === 'object' && 'code' in error && 'exitCode' in error) {
      const code = (error as { code: string }).code;
      return code === 'commander.helpDisplayed' || code === 'commander.version' ? EXIT.ok : EXIT.badInput;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`galley hub: ${message}\n`);
    // A refusal (bad input, a port in use, a file that is not the hub's) says what to change; anything else is a bug.
    if ((isGalleyError(error) && error.code !== 'INTERNAL') || typeof (error as NodeJS.ErrnoException)?.code === 'string') return EXIT.badInput;
    process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return EXIT.internal;
  }
}
