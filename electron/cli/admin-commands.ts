import type { ChannelOutput } from '../../shared/contract/channels';
import type { Role } from '../../shared/domain/session';
import { call, type CommandContext } from './commands';
import { CliFailure, EXIT, plural, printJson, unwrap } from './output';
import { NEW_PASSWORD_ENV, passwordFrom } from './sign-in';

/**
 * `galley users add NAME --role ROLE`: the new person's password comes from
 * GALLEY_NEW_PASSWORD. On a fresh data directory the first user is created without
 * signing in, and must be an admin; after that an admin signs in with --user.
 */
export async function usersAddCommand(
  ctx: CommandContext,
  name: string,
  opts: { role: Role; displayName?: string },
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const password = passwordFrom(env, NEW_PASSWORD_ENV, `to give ${name} a password`);
  const displayName = opts.displayName ?? name;
  const status = unwrap<ChannelOutput<'auth.status'>>(await ctx.galley.dispatch('auth.status', {}, null));
  let created: { id: string; name: string; role: Role };
  if (!status.hasUsers) {
    if (opts.role !== 'admin') {
      throw new CliFailure('galley: the first user of a new data directory must be an admin (--role admin).', EXIT.badInput);
    }
    const grant = unwrap<ChannelOutput<'auth.setup'>>(await ctx.galley.dispatch('auth.setup', { name, displayName, password }, null));
    if (grant.token !== undefined) await ctx.galley.dispatch('auth.signOut', {}, grant.token);
    created = { id: grant.session.userId, name: name.trim().toLowerCase(), role: grant.session.role };
  } else {
    if (ctx.sessionToken === null) {
      throw new CliFailure('galley: adding a user needs an admin: pass --user ADMIN with the password in GALLEY_PASSWORD.', EXIT.badInput);
    }
    const user = await call<ChannelOutput<'users.create'>>(ctx, 'users.create', { name, displayName, role: opts.role, password });
    created = { id: user.id, name: user.name, role: user.role };
  }
  if (ctx.json) return printJson(created);
  process.stdout.write(`Added ${created.name} (${created.role}) as ${created.id}\n`);
}

export async function usersListCommand(ctx: CommandContext): Promise<void> {
  const users = await call<ChannelOutput<'users.list'>>(ctx, 'users.list', {});
  if (ctx.json) return printJson(users);
  for (const u of users) {
    process.stdout.write(`${u.name.padEnd(20)} ${u.role.padEnd(11)} ${u.disabled ? 'disabled' : 'active  '} ${u.displayName}\n`);
  }
}

/** `galley audit verify`: exit 0 when the chain holds, 1 naming the first broken entry. */
export function auditVerifyCommand(ctx: CommandContext): void {
  const verdict = ctx.galley.services.audit.verifyFile();
  if (ctx.json) printJson(verdict);
  if (verdict.ok) {
    if (!ctx.json) process.stdout.write(`The audit log is intact: ${plural(verdict.checked, 'entry', 'entries')} checked. ${verdict.anchor.message}\n`);
    return;
  }
  const broken = verdict.broken;
  throw new CliFailure(
    `galley: the audit log is broken at entry ${broken?.seq ?? '?'}${broken?.id ? ` (id ${broken.id})` : ''}: ${broken?.reason ?? 'unknown reason'}. ` +
      `${verdict.checked} entries before it are intact.`,
    EXIT.blocked,
  );
}
