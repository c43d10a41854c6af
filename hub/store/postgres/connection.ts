import pg from 'pg';
import { HubStoreUnavailableError } from '../hub-store';
import { connectionLost, mapPostgresError, type ConstraintMessages, type Doing } from './errors';

export interface PostgresOptions {
  /** Connections kept open; each hub instance has its own pool. */
  poolSize?: number;
  /**
   * Told when an idle connection breaks (PostgreSQL restarted, network cut). Nothing is lost:
   * the pool drops that connection and the next query opens a new one.
   */
  onConnectionLost?(error: Error): void;
}

export interface PostgresConnection {
  /** host:port, the only part of the URL that may appear in messages (the URL holds the password). */
  readonly server: string;
  query<Row extends pg.QueryResultRow>(doing: Doing, sql: string, params?: unknown[], messages?: ConstraintMessages): Promise<Row[]>;
  /** Runs `work` in one transaction; resolves only after COMMIT, rolls back on any error. */
  transaction<T>(doing: Doing, work: (client: pg.PoolClient) => Promise<T>, messages?: ConstraintMessages): Promise<T>;
  close(): Promise<void>;
}

export function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`;
  } catch {
    return 'the configured address';
  }
}

export function connectPostgres(url: string, options: PostgresOptions = {}): PostgresConnection {
  const server = describeServer(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    application_name: 'galley-hub',
  });
  // Without a listener, an idle connection's error (a PostgreSQL restart) would crash the hub.
  pool.on('error', (error) => options.onConnectionLost?.(connectionLost(error, server)));
  let closed = false;

  const refuseWhenClosed = (doing: Doing) => {
    if (closed) throw new HubStoreUnavailableError(`The hub store is closed; cannot go on ${doing}.`);
  };

  return {
    server,
    async query<Row extends pg.QueryResultRow>(doing: Doing, sql: string, params: unknown[] = [], messages?: ConstraintMessages) {
      refuseWhenClosed(doing);
      try {
        return (await pool.query<Row>(sql, params)).rows;
      } catch (error) {
        throw mapPostgresError(error, doing, server, messages);
      }
    },
    async transaction<T>(doing: Doing, work: (client: pg.PoolClient) => Promise<T>, messages?: ConstraintMessages) {
      refuseWhenClosed(doing);
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw mapPostgresError(error, doing, server, messages);
      }
      let broken: Error | undefined;
      // A checked-out connection has no pool listener: its error (a restart between two
      // statements) would otherwise be thrown as uncaught. The statement in flight rejects anyway.
      const onError = (error: Error) => (broken = error);
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          // The connection itself is gone: it must not go back to the pool.
          broken = rollbackError as Error;
        }
        throw mapPostgresError(error, doing, server, messages);
      } finally {
        client.removeListener('error', onError);
        client.release(broken);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
