import Database from 'better-sqlite3';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseJsonColumn, readJsonColumn } from '../../electron/db/json-column';
import { GalleyError } from '../../shared/contract/errors';

/** Real rows: what a column holds after an older Galley, or a hand edit, wrote it. */
function storedColumns(...values: string[]): string[] {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (json TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (json) VALUES (?)');
  for (const value of values) insert.run(value);
  const rows = db.prepare<[], { json: string }>('SELECT json FROM t ORDER BY rowid').all();
  db.close();
  return rows.map((row) => row.json);
}

const Names = z.array(z.string());

describe('JSON columns', () => {
  const [good = '', broken = '', wrongShape = ''] = storedColumns('["a","b"]', '["a",', '{"a":1}');

  it('reads a sound column, and gives undefined (for the caller to default) when it is not JSON or not the expected shape', () => {
    expect(readJsonColumn(Names, good)).toEqual(['a', 'b']);
    expect(readJsonColumn(Names, broken)).toBeUndefined();
    expect(readJsonColumn(Names, wrongShape)).toBeUndefined();
  });

  it('refuses a column that does not parse with an error naming what it holds, never a guess', () => {
    expect(parseJsonColumn(Names, good, 'byline list')).toEqual(['a', 'b']);
    expect(() => parseJsonColumn(Names, broken, 'byline list')).toThrow(new GalleyError('INTERNAL', 'The stored byline list is not valid JSON.'));
    expect(() => parseJsonColumn(Names, wrongShape, 'byline list')).toThrow(/The stored byline list has an unexpected shape\./);
  });
});
