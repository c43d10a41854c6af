import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../electron/db/connection';
import { migrations } from '../../electron/db/migrations/index';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

describe('migration 11: the words each claim verdict was given on', () => {
  it('gives the verdicts recorded before it the claim’s quote as marked', () => {
    const db = new Database(join(tempDir(), 'm11.sqlite'));
    migrate(db, migrations.slice(0, 10));
    // The rows these reference (an article, a user) do not matter here.
    db.pragma('foreign_keys = OFF');
    db.exec(`
      INSERT INTO claims (seq, id, article_seq, quote, created_by, created_at) VALUES (1, 'k', 1, 'The bridge will cost 40 million.', 'u', '2026-01-01T00:00:00.000Z');
      INSERT INTO claim_checks (claim_seq, status, note, checked_by, checked_at) VALUES (1, 'false', 'The budget says 38.', 'u', '2026-01-02T00:00:00.000Z');
    `);
    migrate(db, migrations.slice(0, 11));
    expect(db.prepare('SELECT status, quote FROM claim_checks').all()).toEqual([{ status: 'false', quote: 'The bridge will cost 40 million.' }]);
    db.close();
  });
});
