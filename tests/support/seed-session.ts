import { randomBytes, randomUUID, scryptSync } from 'node:crypto';
import type { Galley } from '../../electron/services';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import type { RpcResult } from '../../shared/contract/rpc';
import { hashToken } from '../../electron/auth/auth-service';
import type { PasswordHash, ScryptParams } from '../../shared/node/passwords';
import { sessionRepository } from '../../electron/auth/session-repository';
import { userRepository } from '../../electron/auth/user-repository';
import type { Role, Session } from '../../shared/domain/session';

/** Every seeded user's password. */
export const TEST_PASSWORD = 'correct horse battery staple';

/** A cheap scrypt cost, so that tests that create people stay fast; the app's default is OWASP's. */
export const TEST_PASSWORD_PARAMS: ScryptParams = { algorithm: 'scrypt', N: 1024, r: 8, p: 1, keyLength: 32 };

let testHash: PasswordHash | null = null;
function testPasswordHash(): PasswordHash {
  if (testHash === null) {
    const salt = randomBytes(16);
    const key = scryptSync(TEST_PASSWORD, salt, TEST_PASSWORD_PARAMS.keyLength, { N: 1024, r: 8, p: 1 });
    testHash = { hash: key.toString('base64'), salt: salt.toString('base64'), params: TEST_PASSWORD_PARAMS };
  }
  return testHash;
}

export interface SeededSession {
  session: Session;
  /** What a transport would hold for this person: pass it to `galley.dispatch`. */
  token: string;
}

/**
 * Puts a person (if new) and a session for them straight into the store, synchronously,
 * for tests and benchmarks that need someone signed in without the (deliberately slow)
 * sign-in. Sign-in itself is tested through its channel.
 */
export function seedSession(galley: Galley, name: string, role: Role, displayName: string = name): SeededSession {
  const users = userRepository(galley.db);
  const sessions = sessionRepository(galley.db);
  const now = new Date();
  const user =
    users.findByName(name)?.user ??
    users.insert({ id: randomUUID(), name, displayName, role, password: testPasswordHash(), now: now.toISOString() });
  const token = randomBytes(32).toString('base64url');
  sessions.insert(hashToken(token), user.id, now.toISOString(), new Date(now.getTime() + 12 * 3_600_000).toISOString());
  return { session: { userId: user.id, displayName: user.displayName, role: user.role }, token };
}

/** One signed-in person calling the router, as a transport would on their behalf. */
export interface TestClient {
  session: Session;
  token: string;
  /** Calls a channel as this person and returns the raw result. */
  raw(channel: string, input: unknown): Promise<RpcResult<unknown>>;
  /** Calls a channel and returns its value, failing the test on an error result. */
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
}

export function clientFor(galley: Galley, session: Session, token: string): TestClient {
  const raw = (channel: string, input: unknown) => galley.dispatch(channel, input, token);
  return {
    session,
    token,
    raw,
    async call(channel, input) {
      const result = await raw(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
  };
}

/** A person seeded as above, calling the router as a transport would for them. */
export function seededClient(galley: Galley, name: string, role: Role, displayName: string = name): TestClient {
  const { session, token } = seedSession(galley, name, role, displayName);
  return clientFor(galley, session, token);
}
