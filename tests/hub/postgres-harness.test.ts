import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPostgresBinaries, startTestPostgres, type TestPostgres } from '../support/postgres';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the test PostgreSQL', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startTestPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('listens on 127.0.0.1, asks for its password, and keeps committed rows across a SIGKILL', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    await expect(query(server.url.replace(server.password, 'wrong'), 'SELECT 1')).rejects.toThrow(/password authentication failed/);
    await query(server.url, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (1)');
    await server.kill();
    await expect(query(server.url, 'SELECT 1')).rejects.toThrow();
    await server.restart();
    expect(await query(server.url, 'SELECT n FROM kept')).toEqual([{ n: 1 }]);
  });

  it('gives each createDatabase a new, empty database', async () => {
    const other = await server.createDatabase();
    expect(other).not.toBe(server.url);
    expect(await query(other, "SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'kept'")).toEqual([{ n: 0 }]);
  });

  it('names the Debian package when PostgreSQL is not installed', () => {
    expect(findPostgresBinaries()).toMatch(/\/bin$/);
    expect(() => findPostgresBinaries('/nonexistent', '/nonexistent/pg_config')).toThrow(/apt-get install postgresql/);
  });

  it('removes its files on stop', async () => {
    const own = await startTestPostgres();
    expect(existsSync(own.dir)).toBe(true);
    await own.stop();
    expect(existsSync(own.dir)).toBe(false);
    await expect(query(own.url, 'SELECT 1')).rejects.toThrow();
  });
});
