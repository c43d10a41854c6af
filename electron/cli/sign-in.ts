import type { Galley } from '../services';
import type { ChannelOutput } from '../../shared/contract/channels';
import { CliFailure, EXIT, unwrap } from './output';

/** Where the command line takes passwords from: the environment, never an argument (which `ps` shows). */
export const PASSWORD_ENV = 'GALLEY_PASSWORD';
export const NEW_PASSWORD_ENV = 'GALLEY_NEW_PASSWORD';

export function passwordFrom(env: NodeJS.ProcessEnv, name: string, purpose: string): string {
  const value = env[name];
  if (value === undefined || value === '') {
    throw new CliFailure(`galley: ${purpose}: set ${name} to the password.`, EXIT.badInput);
  }
  return value;
}

/**
 * Signs in as `--user` through the same channel as the app, so the command runs under the
 * same policy and leaves the same audit trail; returns the session token for this run.
 */
export async function signIn(galley: Galley, user: string | undefined, env: NodeJS.ProcessEnv): Promise<string> {
  if (user === undefined) {
    throw new CliFailure(
      `galley: this command needs a signed-in user: pass --user NAME and put the password in ${PASSWORD_ENV}.`,
      EXIT.badInput,
    );
  }
  const password = passwordFrom(env, PASSWORD_ENV, `to sign in as ${user}`);
  const grant = unwrap<ChannelOutput<'auth.signIn'>>(await galley.dispatch('auth.signIn', { name: user, password }, null));
  if (grant.token === undefined) throw new CliFailure('galley: signing in gave no session.', EXIT.internal);
  return grant.token;
}

export async function signOut(galley: Galley, token: string): Promise<void> {
  // Best effort: an unfinished sign-out only leaves a session that expires on its own.
  await galley.dispatch('auth.signOut', {}, token);
}
