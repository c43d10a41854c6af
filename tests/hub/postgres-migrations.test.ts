import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPostgres } from '../../hub/store/postgres/connection';
import { migratePostgres } from '../../hub/store/postgres/migrate';
import { migration001 } from '../../hub/store/postgres/migrations/001-documents';
import { migration002 } from '../../hub/store/postgres/migrations/002-users-and-sessions';
import { migration003 } from '../../hub/store/postgres/migrations/003-articles';
import { migration004 } from '../../hub/store/postgres/migrations/004-audit';
import { postgresMigrations } from '../../hub/store/postgres/migrations/index';
import { openPostgresHubStore } from '../../hub/store/postgres/postgres-hub-store';
import { startTestPostgres, type TestPostgres } from '../support/postgres';

let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(async () => {
  await server?.stop();
});

/** Runs SQL on its own connection, outside the store, to look at what the migrations left. */
async function sql<Row extends pg.QueryResultRow = Record<string, unknown>>(url: string, text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function migrateTo(url: string, migrations = postgresMigrations): Promise<number[]> {
  const connection = connectPostgres(url);
  try {
    return await migratePostgres(connection, migrations);
  } finally {
    await connection.close();
  }
}

const tables = async (url: string) =>
  (await sql<{ tablename: string }>(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).map(
    (r) => r.tablename,
  );

describe('PostgreSQL hub schema migrations', () => {
  it('are numbered 1, 2, … without gaps', () => {
    expect(postgresMigrations.map((m) => m.version)).toEqual(postgresMigrations.map((_, i) => i + 1));
  });

  it('001 keeps each document as an update log tied to its document, and a snapshot per document', async () => {
    const url = await server.createDatabase();
    expect(await migrateTo(url, [migration001])).toEqual([1]);
    expect(await tables(url)).toEqual(['document_snapshots', 'document_updates', 'documents', 'schema_migrations']);

    await expect(sql(url, "INSERT INTO document_updates (document, data) VALUES ('article:none', '\\x01')")).rejects.toThrow(
      /foreign key/,
    );
    await sql(url, "INSERT INTO documents (name) VALUES ('article:a')");
    const seqs = await sql<{ seq: string }>(
      url,
      "INSERT INTO document_updates (document, data) VALUES ('article:a', '\\x01'), ('article:a', '\\x02') RETURNING seq",
    );
    expect(Number(seqs[1]!.seq)).toBeGreaterThan(Number(seqs[0]!.seq));
    await expect(sql(url, "INSERT INTO document_snapshots (document, state, through_seq) VALUES ('article:a', '\\x01', -1)")).rejects.toThrow(
      /check constraint/,
    );
    await expect(sql(url, "INSERT INTO documents (name) VALUES ('')")).rejects.toThrow(/check constraint/);
  });

  it('002 adds users with unique names folded to lower case, a known role, and sessions that go with their user', async () => {
    const url = await server.createDatabase();
    await migrateTo(url, [migration001]);
    await sql(url, "INSERT INTO documents (name) VALUES ('article:kept')");
    expect(await migrateTo(url, [migration001, migration002])).toEqual([2]);
    expect(await sql(url, 'SELECT name FROM documents')).toEqual([{ name: 'article:kept' }]);

    const addUser = (id: string, name: string, role = 'writer') =>
      sql(url, 'INSERT INTO users (id, name, display_name, role, password_hash) VALUES ($1, $2, $2, $3, $4)', [
        id,
        name,
        role,
        '{}',
      ]);
    await addUser('u1', 'alice');
    await expect(addUser('u2', 'alice')).rejects.toThrow(/users_name_unique/);
    await expect(addUser('u3', 'Alice')).rejects.toThrow(/users_name_check/);
    await expect(addUser('u4', 'mallory', 'superuser')).rejects.toThrow(/users_role_check/);
    await sql(url, "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ('h1', 'u1', now(), now())");
    await expect(
      sql(url, "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ('h2', 'nobody', now(), now())"),
    ).rejects.toThrow(/foreign key/);
    await sql(url, "DELETE FROM users WHERE id = 'u1'");
    expect(await sql(url, 'SELECT * FROM sessions')).toEqual([]);
  });

  it('003 adds the article registry: a known author, a workflow state, the approved hash and state vector together', async () => {
    const url = await server.createDatabase();
    await migrateTo(url, [migration001, migration002]);
    await sql(url, "INSERT INTO users (id, name, display_name, role, password_hash) VALUES ('u1', 'wren', 'W', 'writer', '{}')");
    expect(await migrateTo(url, [migration001, migration002, migration003])).toEqual([3]);

    const addArticle = (id: string, author: string, state: string, hash: string | null, vector: Buffer | null) =>
      sql(url, 'INSERT INTO articles (id, author_id, state, approved_hash, approved_state_vector) VALUES ($1, $2, $3, $4, $5)', [
        id,
        author,
        state,
        hash,
        vector,
      ]);
    await expect(addArticle('a0', 'nobody', 'draft', null, null)).rejects.toThrow(/articles_author_id_fkey/);
    await expect(addArticle('a0', 'u1', 'limbo', null, null)).rejects.toThrow(/articles_state_check/);
    await expect(addArticle('a0', 'u1', 'approved', 'abc', null)).rejects.toThrow(/articles_approval_whole/);
    await addArticle('a1', 'u1', 'approved', 'abc', Buffer.from([1, 2]));
    // An author is disabled, never deleted from under their articles.
    await expect(sql(url, "DELETE FROM users WHERE id = 'u1'")).rejects.toThrow(/foreign key/);
  });

  it('004 adds the audit chain: entries numbered from 1, unique ids', async () => {
    const url = await server.createDatabase();
    await migrateTo(url, [migration001, migration002, migration003]);
    expect(await migrateTo(url, [migration001, migration002, migration003, migration004])).toEqual([4]);
    const entry = (seq: number, id: string) =>
      sql(url, "INSERT INTO audit_entries (seq, id, at, actor_name, action, details_json, prev_hash, hash) VALUES ($1, $2, 'now', 'A', 'step', '{}', 'p', 'h')", [seq, id]);
    await expect(entry(0, 'e0')).rejects.toThrow(/audit_entries_seq_check/);
    await entry(1, 'e1');
    await expect(entry(1, 'e2')).rejects.toThrow(/audit_entries_pkey/);
    await expect(entry(2, 'e1')).rejects.toThrow(/audit_entries_id_key/);
  });

  it('apply once, in order, when several hub instances open one database at the same moment', async () => {
    const url = await server.createDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresHubStore(url)));
    try {
      expect(await sql(url, 'SELECT version, name FROM schema_migrations ORDER BY version')).toEqual(
        postgresMigrations.map((m) => ({ version: m.version, name: m.name })),
      );
      // Every instance works on the one schema.
      await Promise.all(stores.map((store, i) => store.appendUpdate('article:a', new Uint8Array([0, 0, i]))));
      expect((await stores[0]!.loadDocument('article:a'))!.updates).toHaveLength(4);
      expect(await migrateTo(url)).toEqual([]);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('apply all or nothing: a failing migration leaves the database as it was', async () => {
    const url = await server.createDatabase();
    const broken = { version: 2, name: 'broken', sql: 'CREATE TABLE half_done (n int); SELECT no_such_function();' };
    await expect(migrateTo(url, [migration001, broken])).rejects.toThrow(/no_such_function/);
    expect(await tables(url)).toEqual([]);
  });

  it('refuse a database set up by a newer hub, and change nothing in it', async () => {
    const url = await server.createDatabase();
    await migrateTo(url);
    const next = postgresMigrations.length + 1;
    await sql(url, "INSERT INTO schema_migrations (version, name) VALUES ($1, 'from the future')", [next]);
    await sql(url, "INSERT INTO documents (name) VALUES ('article:kept')");

    await expect(openPostgresHubStore(url)).rejects.toMatchObject({
      code: 'UNSUPPORTED',
      message: expect.stringContaining(`schema ${next}`),
    });
    expect(await sql(url, 'SELECT max(version) AS v FROM schema_migrations')).toEqual([{ v: next }]);
    expect(await sql(url, 'SELECT name FROM documents')).toEqual([{ name: 'article:kept' }]);
  });
});
