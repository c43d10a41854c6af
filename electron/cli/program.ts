import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { openGalley, type Galley } from '../services';
import { defaultDataDir } from './data-dir';
import { CliFailure, EXIT } from './output';
import { exportCommand, importCommand, listCommand, serveCommand, type CommandContext } from './commands';
import { EXPORT_FORMATS } from '../../shared/contract/channels';
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

async function withGalley(program: Command, run: (ctx: CommandContext) => Promise<void>) {
  const opts = program.opts<{ dataDir?: string; json?: boolean }>();
  const galley: Galley = openGalley({ dataDir: resolve(opts.dataDir ?? defaultDataDir()) });
  try {
    await run({ galley, json: Boolean(opts.json) });
  } finally {
    galley.close();
  }
}

export function buildProgram(): Command {
  const program = new Command('galley')
    .description('Galley, the editorial workstation, from the command line.')
    .option('--data-dir <dir>', 'the data directory (default: the app’s own)')
    .option('--json', 'print JSON')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('serve')
    .description('start the web host on 127.0.0.1 and print the address to open')
    .option('--port <port>', 'port (default: any free one)', integer)
    .action((opts: { port?: string }) => withGalley(program, (ctx) => serveCommand(ctx, { ...opts, rendererDir: rendererDir() })));

  program
    .command('list')
    .description('list articles, newest change first')
    .option('--query <text>', 'full-text search over headline, dek and body')
    .option('--limit <n>', 'how many (default 100)', integer)
    .option('--offset <n>', 'skip this many', integer)
    .action((opts: { query?: string; limit?: string; offset?: string }) => withGalley(program, (ctx) => listCommand(ctx, opts)));

  program
    .command('import')
    .description('import a plain text, Markdown or HTML file as a new article')
    .argument('<file>')
    .action((file: string) => withGalley(program, (ctx) => importCommand(ctx, file)));

  program
    .command('export')
    .description('print an article (or write it with --output)')
    .argument('<id>')
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option('--output <file>', 'write to this file (or into this folder, ending in /)')
    .action((id: string, opts: { format: (typeof EXPORT_FORMATS)[number]; output?: string }) =>
      withGalley(program, (ctx) => exportCommand(ctx, id, opts)),
    );

  return program;
}

export async function main(argv: string[]): Promise<number> {
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

