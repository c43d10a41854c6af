import type { ChannelOutput } from '../../shared/contract/channels';
import { TARGET_SECRET_FIELDS, type OutboxJob, type Target, type TargetConfig, type TargetKind } from '../../shared/domain/publishing';
import { call, type CommandContext } from './commands';
import { CliFailure, EXIT, plural, printJson } from './output';

/** Where `galley targets add` reads a target's secret from: never an argument (which `ps` shows). */
export const TARGET_SECRET_ENV = 'GALLEY_TARGET_SECRET';

async function targetsByName(ctx: CommandContext, names: readonly string[]): Promise<Target[]> {
  const all = await call<ChannelOutput<'publishing.targets.list'>>(ctx, 'publishing.targets.list', {});
  return names.map((name) => {
    const found = all.find((target) => target.name.toLowerCase() === name.toLowerCase());
    if (found === undefined) {
      const known = all.map((target) => target.name).join(', ') || 'none';
      throw new CliFailure(`galley: there is no publishing target called “${name}” (there are: ${known}).`, EXIT.badInput);
    }
    return found;
  });
}

const describeJob = (job: OutboxJob): string => {
  switch (job.state) {
    case 'done':
      return `${job.targetName}: ${job.action === 'unpublish' ? 'taken down' : 'published'}`;
    case 'retrying':
      return `${job.targetName}: not sent yet (${job.lastError ?? 'will retry'}); Galley will try again at ${job.nextAttemptAt ?? 'once it runs'}`;
    case 'conflict':
      return `${job.targetName}: someone changed the copy on the target; a desk chief must choose which version to keep in Galley`;
    case 'failed':
      return `${job.targetName}: failed: ${job.lastError ?? 'no reason given'}`;
    default:
      return `${job.targetName}: ${job.state}`;
  }
};

/**
 * `galley publish ID [--target NAME]…`: the workflow's publish step (or a resend of a published
 * article), then the outbox is drained in this process. Exit 0 when every target said it is
 * published, 1 when one did not (the job stays in the outbox and the app will keep trying).
 */
export async function publishCommand(ctx: CommandContext, articleId: string, opts: { target?: string[] }) {
  const targetIds = opts.target === undefined || opts.target.length === 0 ? undefined : (await targetsByName(ctx, opts.target)).map((t) => t.id);
  const { jobs } = await call<ChannelOutput<'publishing.publish'>>(ctx, 'publishing.publish', { articleId, ...(targetIds ? { targetIds } : {}) });
  await ctx.galley.services.publishing.drain();
  const publications = await call<ChannelOutput<'publishing.forArticle'>>(ctx, 'publishing.forArticle', { articleId });
  const ids = new Set(jobs.map((job) => job.id));
  const finished = publications.map((publication) => publication.job).filter((job): job is OutboxJob => job !== null && ids.has(job.id));
  const results = finished.map((job) => ({ ...job, url: publications.find((p) => p.targetId === job.targetId)?.url ?? null }));
  const allDone = results.length > 0 && results.every((job) => job.state === 'done');
  if (ctx.json) printJson({ published: allDone, jobs: results });
  else if (results.length === 0) process.stdout.write('No enabled publishing target: nothing was sent. An admin can add one in Settings.\n');
  else for (const job of results) process.stdout.write(`${describeJob(job)}${job.url ? ` ${job.url}` : ''}\n`);
  if (!allDone) throw new CliFailure(results.length === 0 ? 'galley: nothing was published.' : 'galley: not every target has it yet.', EXIT.blocked);
}

export async function targetsListCommand(ctx: CommandContext) {
  const targets = await call<ChannelOutput<'publishing.targets.list'>>(ctx, 'publishing.targets.list', {});
  if (ctx.json) return printJson(targets);
  for (const target of targets) {
    const where = Object.values(target.config.settings).join(' ');
    process.stdout.write(`${target.name}  ${target.config.kind}  ${target.enabled ? 'on' : 'off'}  ${where}\n`);
  }
  process.stdout.write(`${plural(targets.length, 'target', 'targets')}\n`);
}

export interface TargetAddOptions {
  kind: TargetKind;
  path?: string;
  url?: string;
  siteUrl?: string;
  wpUser?: string;
}

function configFrom(opts: TargetAddOptions): TargetConfig {
  const need = (value: string | undefined, flag: string): string => {
    if (value === undefined || value.trim() === '') throw new CliFailure(`galley: a ${opts.kind} target needs ${flag}.`, EXIT.badInput);
    return value;
  };
  switch (opts.kind) {
    case 'folder':
      return { kind: 'folder', settings: { path: need(opts.path, '--path DIR') } };
    case 'webhook':
      return { kind: 'webhook', settings: { url: need(opts.url, '--url URL') } };
    case 'ghost':
      return { kind: 'ghost', settings: { siteUrl: need(opts.siteUrl, '--site-url URL') } };
    case 'wordpress':
      return { kind: 'wordpress', settings: { siteUrl: need(opts.siteUrl, '--site-url URL'), user: need(opts.wpUser, '--wp-user NAME') } };
  }
}

export async function targetsAddCommand(ctx: CommandContext, name: string, opts: TargetAddOptions, env: NodeJS.ProcessEnv) {
  const config = configFrom(opts);
  const field = (TARGET_SECRET_FIELDS[opts.kind] as readonly string[])[0];
  const secret = env[TARGET_SECRET_ENV];
  if (field !== undefined && (secret === undefined || secret === '')) {
    throw new CliFailure(`galley: a ${opts.kind} target needs its secret: put it in ${TARGET_SECRET_ENV}.`, EXIT.badInput);
  }
  const secrets = field !== undefined && secret !== undefined ? { [field]: secret } : undefined;
  const target = await call<ChannelOutput<'publishing.targets.add'>>(ctx, 'publishing.targets.add', { name, config, ...(secrets ? { secrets } : {}) });
  if (ctx.json) return printJson(target);
  process.stdout.write(`Added the ${target.config.kind} target “${target.name}” (${target.id}).\n`);
}

export async function targetsTestCommand(ctx: CommandContext, name: string) {
  const [target] = await targetsByName(ctx, [name]);
  const report = await call<ChannelOutput<'publishing.targets.test'>>(ctx, 'publishing.targets.test', { id: target!.id });
  if (ctx.json) printJson(report);
  else process.stdout.write(`${report.message}\n`);
  if (!report.ok) throw new CliFailure(`galley: “${name}” is not ready to publish to.`, EXIT.blocked);
}
