import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { openGalley, type Galley } from '../services';
import { defaultDataDir } from './data-dir';
import { CliFailure, EXIT } from './output';
import { exportCommand, importCommand, listCommand, serveCommand, type CommandContext } from './commands';
import { auditVerifyCommand, usersAddCommand, usersListCommand } from './admin-commands';
import { signIn, signOut } from './sign-in';
import { hubCommand } from './hub-command';
import { withRedactedStdout } from './redacted-output';
import { checkArticle, checkFile, checkTarget, reportFindings } from './check-command';
import { assetsAddCommand } from './asset-commands';
import { publishCommand, targetsAddCommand, targetsListCommand, targetsTestCommand, type TargetAddOptions } from './publish-commands';
import { TARGET_KINDS } from '../../shared/domain/publishing';
import { EXPORT_FORMATS } from '../../shared/contract/channels/articles';
import { ROLES, type Role } from '../../shared/domain/session';
import { isGalleyError } from '../../shared/contract/errors';

declare const __dirname: string;

function rendererDir(): string {
  const candidates = [join(__dirname, '..', 'renderer'), resolve('dist', 'renderer')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[0]!;
}

const integer = (value: string) => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return value;
};

/**
 * `session`: the command acts as a person, so it signs in with --user first (and out after).
 * `optional`: it signs in only when --user is given. `none`: it needs no one.
 */
type SignIn = 'session' | 'optional' | 'none';

/**
 * Opens the data directory, signs in as `needs` says, and runs the command with its stdout
 * redacted (no confidential source's identity is ever printed). `serve` opts out: it prints
 * only its address, whose random token must reach the user exactly as issued.
 */
async function withGalley(
  program: Command,
  needs: SignIn,
  run: (ctx: CommandContext) => Promise<void> | void,
  { redactOutput = true }: { redactOutput?: boolean } = {},
) {
  const opts = program.opts<{ dataDir?: string; json?: boolean; user?: string }>();
  const galley: Galley = openGalley({ dataDir: resolve(opts.dataDir ?? defaultDataDir()) });
  let sessionToken: string | null = null;
  try {
    if (needs === 'session' || (needs === 'optional' && opts.user !== undefined)) {
      sessionToken = await signIn(galley, opts.user, process.env);
    }
    const token = sessionToken;
    const command = async () => run({ galley, json: Boolean(opts.json), sessionToken: token });
    await (redactOutput ? withRedactedStdout(galley.services.sources.libraryRedactor(), command) : command());
  } finally {
    if (sessionToken !== null) await signOut(galley, sessionToken);
    galley.close();
  }
}

export function buildProgram(): Command {
  const program = new Command('galley')
    .description('Galley, the editorial workstation, from the command line.')
    .option('--data-dir <dir>', 'the data directory (default: the app’s own)')
    .option('--json', 'print JSON')
    .option('--user <name>', 'sign in as this user (the password is read from GALLEY_PASSWORD)')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('serve')
    .description('start the web host on 127.0.0.1 and print the address to open')
    .option('--port <port>', 'port (default: any free one)', integer)
    .option('--addresses <n>', 'how many one-time addresses to print (each opens one window; default 1)', integer)
    .action((opts: { port?: string; addresses?: string }) =>
      withGalley(program, 'none', (ctx) => serveCommand(ctx, { ...opts, rendererDir: rendererDir() }), { redactOutput: false }),
    );

  program
    .command('list')
    .description('list articles, newest change first')
    .option('--query <text>', 'full-text search over headline, dek and body')
    .option('--limit <n>', 'how many (default 100)', integer)
    .option('--offset <n>', 'skip this many', integer)
    .action((opts: { query?: string; limit?: string; offset?: string }) => withGalley(program, 'session', (ctx) => listCommand(ctx, opts)));

  program
    .command('import')
    .description('import a Word (.docx), plain text, Markdown or HTML file as a new article')
    .argument('<file>')
    .action((file: string) => withGalley(program, 'session', (ctx) => importCommand(ctx, file)));

  program
    .command('export')
    .description('print an article (or write it with --output)')
    .argument('<id>')
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option('--output <file>', 'write to this file (or into this folder, ending in /)')
    .action((id: string, opts: { format: (typeof EXPORT_FORMATS)[number]; output?: string }) =>
      withGalley(program, 'session', (ctx) => exportCommand(ctx, id, opts)),
    );

  const users = program.command('users').description('people and their roles (an admin signs in with --user)');
  users
    .command('add')
    .description('add a user; the password is read from GALLEY_NEW_PASSWORD (on a new data directory, the first admin)')
    .argument('<name>')
    .addOption(new Option('--role <role>', 'their role').choices([...ROLES]).makeOptionMandatory())
    .option('--display-name <text>', 'the name shown in Galley (default: the user name)')
    .action((name: string, opts: { role: Role; displayName?: string }) =>
      withGalley(program, 'optional', (ctx) => usersAddCommand(ctx, name, opts, process.env)),
    );
  users
    .command('list')
    .description('list users and their roles')
    .action(() => withGalley(program, 'session', (ctx) => usersListCommand(ctx)));

  program
    .command('check')
    .description('run the publish-readiness checks on an article (by id) or a file (imported into a temporary store first); exit 1 when a finding blocks')
    .argument('<id-or-file>')
    .action(async (target: string) => {
      const what = await checkTarget(target);
      if (what.kind === 'file') return reportFindings(await checkFile(what.path), Boolean(program.opts<{ json?: boolean }>().json));
      return withGalley(program, 'session', async (ctx) => reportFindings(await checkArticle(ctx, what.id), ctx.json));
    });

  const assets = program.command('assets').description('the image library');
  assets
    .command('add')
    .description('store an image and print its rights (read from its IPTC/XMP metadata) and its findings')
    .argument('<file>')
    .action((file: string) => withGalley(program, 'session', (ctx) => assetsAddCommand(ctx, file)));

  program
    .command('publish')
    .description('publish an approved article (as a signed-in desk chief) and send it now; exit 1 when a target does not have it yet')
    .argument('<id>')
    .option('--target <name>', 'only this target (repeat for more)', (value: string, all: string[] = []) => [...all, value])
    .action((id: string, opts: { target?: string[] }) => withGalley(program, 'session', (ctx) => publishCommand(ctx, id, opts)));

  const targets = program.command('targets').description('publishing targets (an admin signs in with --user)');
  targets
    .command('list')
    .description('list the publishing targets')
    .action(() => withGalley(program, 'session', (ctx) => targetsListCommand(ctx)));
  targets
    .command('add')
    .description('add a target; its secret (key, password, signing secret) is read from GALLEY_TARGET_SECRET')
    .argument('<name>')
    .addOption(new Option('--kind <kind>', 'what it is').choices([...TARGET_KINDS]).makeOptionMandatory())
    .option('--path <dir>', 'folder: where to write')
    .option('--url <url>', 'webhook: where to send')
    .option('--site-url <url>', 'Ghost or WordPress: the site')
    .option('--wp-user <name>', 'WordPress: the user the application password belongs to')
    .action((name: string, opts: TargetAddOptions) => withGalley(program, 'session', (ctx) => targetsAddCommand(ctx, name, opts, process.env)));
  targets
    .command('test')
    .description('check that Galley can reach and write to a target; exit 1 when it cannot')
    .argument('<name>')
    .action((name: string) => withGalley(program, 'session', (ctx) => targetsTestCommand(ctx, name)));

  // Only listed here: main() hands `galley hub …` to the hub before commander parses it (its options are the hub's own).
  program
    .command('hub')
    .description('run the newsroom hub on Node 22 (galley hub --help: its options, and `galley hub user add|list|disable`)')
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments();

  const audit = program.command('audit').description('the tamper-evident audit log');
  audit
    .command('verify')
    .description('check every entry of the audit log; exit 1 naming the first broken one')
    .action(() => withGalley(program, 'none', (ctx) => auditVerifyCommand(ctx)));

  return program;
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'hub') return hubCommand(argv.slice(1));
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliFailure) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    if (error && typeof error === 'object' && 'code' in error && 'exitCode' in error) {
      // commander already printed its message (usage errors, --help, --version).
      const code = (error as { code: string; exitCode: number }).code;
      return code === 'commander.helpDisplayed' || code === 'commander.version' ? EXIT.ok : EXIT.badInput;
    }
    if (isGalleyError(error) && error.code !== 'INTERNAL') {
      process.stderr.write(`galley: ${error.message}\n`);
      return EXIT.badInput;
    }
    process.stderr.write(`galley: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.internal;
  }
}

