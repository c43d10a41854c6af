import { GalleyError } from '../../../shared/contract/errors';
import { HubStoreUnavailableError } from '../hub-store';

// SQLSTATE classes and codes (PostgreSQL manual, appendix A).
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';
const CHECK_VIOLATION = '23514';
const NOT_NULL_VIOLATION = '23502';
const CONNECTION_EXCEPTION = '08'; // class 08: the connection failed
const OPERATOR_INTERVENTION = '57'; // class 57: shutdown, crash, or "starting up"
const INVALID_AUTHORIZATION = '28'; // class 28: wrong user name or password
const INVALID_CATALOG_NAME = '3D000'; // the database in the URL does not exist

/** Socket-level failures Node reports while PostgreSQL is down, restarting or out of reach. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

interface PgErrorFields {
  code?: unknown;
  constraint?: unknown;
}

/** What the caller is doing, for the message: "adding user alice", "appending to article:1". */
export type Doing = string;

export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as PgErrorFields).code;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return true;
    if (code.startsWith(CONNECTION_EXCEPTION) || code.startsWith(OPERATOR_INTERVENTION)) return true;
  }
  // pg's own wording when the server goes away under a query, or a connect attempt times out.
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(error.message);
}

/**
 * Turns a driver error into one the hub can act on: the caller's mistake (a duplicate, a
 * reference to nothing) as a GalleyError with a stable code, an unreachable server as
 * HubStoreUnavailableError. Messages name the server by host and port only: the URL
 * carries the password and must never reach a log.
 */
/** A broken idle connection, told without the driver's error object (it carries the password). */
export function connectionLost(error: Error, server: string): HubStoreUnavailableError {
  return new HubStoreUnavailableError(
    `A connection to the hub's PostgreSQL at ${server} broke (${describe(error)}); the next query opens a new one.`,
  );
}

export function mapPostgresError(error: unknown, doing: Doing, server: string, messages: ConstraintMessages = {}): Error {
  if (!(error instanceof Error)) return new Error(`PostgreSQL failed while ${doing}: ${String(error)}`);
  if (error instanceof GalleyError || error instanceof HubStoreUnavailableError) return error;
  if (isUnavailable(error)) {
    // No `cause`: pg hangs the connection (with its password) on some errors, and a logged cause would print it.
    return new HubStoreUnavailableError(
      `The hub's PostgreSQL at ${server} could not be reached while ${doing} (${describe(error)}); try again once it is back.`,
    );
  }
  const { code, constraint } = error as PgErrorFields;
  // A wrong URL is the operator's to fix, and retrying will not help: say which part is wrong.
  if (typeof code === 'string' && code.startsWith(INVALID_AUTHORIZATION)) {
    return new GalleyError('BAD_INPUT', `PostgreSQL at ${server} refused the hub's user name or password (${code}) while ${doing}.`);
  }
  if (code === INVALID_CATALOG_NAME) {
    return new GalleyError('BAD_INPUT', `PostgreSQL at ${server} has no such database (${error.message}): create it first, for example with createdb.`);
  }
  const known = typeof constraint === 'string' ? messages[constraint] : undefined;
  if (known !== undefined) return new GalleyError(known.code, known.message);
  if (code === UNIQUE_VIOLATION) return new GalleyError('CONFLICT', `Could not finish ${doing}: it already exists.`);
  if (code === FOREIGN_KEY_VIOLATION) return new GalleyError('NOT_FOUND', `Could not finish ${doing}: what it refers to does not exist.`);
  if (code === CHECK_VIOLATION || code === NOT_NULL_VIOLATION) {
    return new GalleyError('BAD_INPUT', `Could not finish ${doing}: a value is missing or not allowed (${error.message}).`);
  }
  return error;
}

/** Per-constraint wording, so that a duplicate user name reads as such. */
export type ConstraintMessages = Record<string, { code: GalleyError['code']; message: string }>;

function describe(error: Error): string {
  const code = (error as PgErrorFields).code;
  return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
}
