import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../electron/db/connection';
import { migrations } from '../../electron/db/migrations/index';
import { membershipRepository } from '../../electron/newsroom/membership/membership-repository';
import type { Membership } from '../../shared/contract/channels/newsroom';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const T = '2026-01-01T00:00:00.000Z';
const MEMBERSHIP: Membership = {
  hub: { url: 'http://hub.newsroom.local:8787', name: 'City desk hub' },
  account: { id: '0b6f1d64-4a4c-4f7e-9d1e-5b0c1f8f2a11', name: 'chief', displayName: 'Chidi Chief', role: 'admin' },
  tokenExpiresAt: T,
  joinedAt: T,
};

describe('migration 18: the newsroom membership', () => {
  it('adds one membership row at most, refusing an address that is not http(s) and a role Galley does not know', () => {
    const db = new Database(join(tempDir(), 'm18.sqlite'));
    migrate(db, migrations.filter((m) => m.version < 18));
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'newsroom_membership'").pluck().get()).toBe(0);
    migrate(db, migrations);

    const repo = membershipRepository(db);
    expect(repo.find()).toBeNull();
    repo.insert(MEMBERSHIP, 'local-admin');
    expect(repo.find()).toEqual(MEMBERSHIP);
    // One hub per workstation: a second row is refused by the table, not only by the service.
    expect(() => repo.insert({ ...MEMBERSHIP, hub: { url: 'https://other.example', name: 'Other' } }, 'local-admin')).toThrow(/UNIQUE|PRIMARY/);

    const insert = db.prepare(
      `INSERT INTO newsroom_membership (id, hub_url, hub_name, account_id, account_name, account_display_name, account_role, token_expires_at, joined_at, joined_by)
       VALUES (?, ?, 'Hub', 'id', 'chief', 'Chief', ?, ?, ?, 'local-admin')`,
    );
    expect(repo.remove()).toBe(true);
    expect(() => insert.run(2, 'http://hub', 'admin', T, T)).toThrow(/CHECK/);
    expect(() => insert.run(1, 'ftp://hub', 'admin', T, T)).toThrow(/CHECK/);
    expect(() => insert.run(1, 'http://hub', 'overlord', T, T)).toThrow(/CHECK/);
    expect(() => insert.run(1, 'http://hub', 'admin', null, T)).toThrow(/NOT NULL/);
    expect(repo.find()).toBeNull();
    expect(repo.remove()).toBe(false);
    db.close();
  });
});
