import type { Db } from '../../db/connection';
import { MembershipSchema, type Membership } from '../../../shared/contract/channels/newsroom';

interface MembershipRow {
  hub_url: string;
  hub_name: string;
  account_id: string;
  account_name: string;
  account_display_name: string;
  account_role: string;
  token_expires_at: string;
  joined_at: string;
  joined_by: string;
}

export type MembershipRepository = ReturnType<typeof membershipRepository>;

/** The one row of migration 018: which hub this workstation belongs to, as which account. */
export function membershipRepository(db: Db) {
  const select = db.prepare<[], MembershipRow>('SELECT * FROM newsroom_membership WHERE id = 1');
  const insert = db.prepare<[string, string, string, string, string, string, string, string, string]>(
    `INSERT INTO newsroom_membership
       (id, hub_url, hub_name, account_id, account_name, account_display_name, account_role, token_expires_at, joined_at, joined_by)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const remove = db.prepare('DELETE FROM newsroom_membership WHERE id = 1');

  return {
    /** The membership, or null in solo mode. A row this build cannot read is an error, not solo mode. */
    find(): Membership | null {
      const row = select.get();
      if (row === undefined) return null;
      return MembershipSchema.parse({
        hub: { url: row.hub_url, name: row.hub_name },
        account: { id: row.account_id, name: row.account_name, displayName: row.account_display_name, role: row.account_role },
        tokenExpiresAt: row.token_expires_at,
        joinedAt: row.joined_at,
      });
    },
    insert(membership: Membership, joinedBy: string): void {
      const { hub, account } = membership;
      insert.run(hub.url, hub.name, account.id, account.name, account.displayName, account.role, membership.tokenExpiresAt, membership.joinedAt, joinedBy);
    },
    remove(): boolean {
      return remove.run().changes > 0;
    },
  };
}
