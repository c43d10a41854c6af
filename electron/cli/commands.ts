import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Galley } from '../services';
import { startHost } from '../host/server';
import type { ChannelOutput } from '../../shared/contract/channels';
import type { ExportFormat } from '../../shared/contract/channels/articles';
import { danglingReferenceCount, danglingReferencesNotice } from '../../shared/content/dangling-references';
import { CliFailure, EXIT, plural, printJson, unwrap } from './output';

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface CommandContext {
  galley: Galley;
  json: boolean;
  /** The session this run signed in with (`--user`), or null for commands that need none. */
  sessionToken: string | null;
}

export const call = async <T>(ctx: CommandContext, channel: string, input: unknown): Promise<T> =>
  unwrap<T>(await ctx.galley.dispatch(channel, input, ctx.sessionToken));

export async function listCommand(ctx: CommandContext, opts: { query?: string; limit?: string; offset?: string }) {
  const page = await call<ChannelOutput<'articles.list'>>(ctx, 'articles.list', {
    query: opts.query ?? '',
    limit: opts.limit === undefined ? 100 : Number(opts.limit),
    offset: opts.offset === undefined ? 0 : Number(opts.offset),
  });
  if (ctx.json) return printJson(page);
  for (const a of page.items) {
    process.stdout.write(`${a.id}  ${a.updatedAt}  ${a.state.padEnd(9)}  ${a.headline || 'Untitled'}\n`);
  }
  process.stdout.write(`${page.items.length} of ${plural(page.total, 'article', 'articles')}\n`);
}

export async function importCommand(ctx: CommandContext, file: string) {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new CliFailure(`galley: cannot read ${file}: no such file.`, EXIT.badInput);
  }
  if (!info.isFile()) throw new CliFailure(`galley: ${file} is not a file.`, EXIT.badInput);
  if (info.size > MAX_IMPORT_BYTES) {
    throw new CliFailure(`galley: ${file} is ${Math.round(info.size / 1048576)} MB; the limit for an import is 20 MB.`, EXIT.badInput);
  }
  const bytes = await readFile(file);
  // A Word document travels as its bytes; text formats as text.
  const content = /\.docx$/i.test(file)
    ? { data: bytes.toString('base64') }
    : { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes) };
  const article = await call<ChannelOutput<'articles.import'>>(ctx, 'articles.import', { fileName: basename(file), ...content });
  if (ctx.json) {
    return printJson({ id: article.id, headline: article.meta.headline, wordCount: article.wordCount, danglingReferences: danglingReferenceCount(article.body) });
  }
  process.stdout.write(`Imported “${article.meta.headline || 'Untitled'}” (${plural(article.wordCount, 'word', 'words')}) as ${article.id}\n`);
  // The same sentence the app shows after an import: references whose note was not found.
  const dangling = danglingReferencesNotice(article.body);
  if (dangling !== null) process.stdout.write(`${dangling}\n`);
}

export async function exportCommand(ctx: CommandContext, id: string, opts: { format: ExportFormat; output?: string }) {
  const file = await call<ChannelOutput<'articles.export'>>(ctx, 'articles.export', { id, format: opts.format });
  // On stderr, so the file on stdout stays what it says it is.
  if (file.note !== undefined) process.stderr.write(`galley: ${file.note}\n`);
  if (opts.output) {
    const target = opts.output.endsWith('/') ? join(opts.output, file.fileName) : opts.output;
    await writeFile(target, file.content, 'utf8');
    if (ctx.json) return printJson({ path: target, mediaType: file.mediaType });
    process.stdout.write(`Wrote ${target}\n`);
    return;
  }
  if (ctx.json && opts.format !== 'json') return printJson(file);
  process.stdout.write(file.content);
}

export async function serveCommand(ctx: CommandContext, opts: { port?: string; addresses?: string; rendererDir: string }) {
  const host = await startHost({
    galley: ctx.galley,
    rendererDir: opts.rendererDir,
    port: opts.port === undefined ? 0 : Number(opts.port),
    // A window without an address asked for one: it goes where the first was printed.
    announce: (url) =>
      process.stdout.write(ctx.json ? `${JSON.stringify({ newAddress: url })}\n` : `A window asked to be let in. Open this address in it:\n\n  ${url}\n\n`),
  });
  // The outbox sends approved articles while the host runs, and resumes what a restart interrupted.
  ctx.galley.services.publishing.start();
  const more = Array.from({ length: Math.max(0, Number(opts.addresses ?? 1) - 1) }, () => host.newAddress());
  if (ctx.json) process.stdout.write(`${JSON.stringify({ url: host.url, more, dataDir: ctx.galley.dataDir })}\n`);
  else {
    process.stdout.write(`Galley is running. Open this address in your browser (it opens one window, once):\n\n  ${host.url}\n\n`);
    for (const url of more) process.stdout.write(`  ${url}\n`);
    process.stdout.write(`Data: ${ctx.galley.dataDir}\nPress Ctrl+C to stop.\n`);
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
}
