import type { Db } from '../../db/connection';
import type { SecretStore } from '../../publishing/credentials/secret-store';

/** Where a person's hub token is kept: the secret store (the keychain in the app), one key per person. */
export const hubTokenRef = (userId: string): string => `newsroom:hub-token:${userId}`;

/** What the relay (and anything else that talks to the hub for a person) says when `tokenOf` answers null. */
export const SIGN_IN_AGAIN_TO_SYNC = 'Sign in again to sync: the hub no longer accepts your sign-in on this computer.';

interface PersonRow {
  user_id: string;
  hub_url: string;
  verified_at: string | null;
  token_expires_at: string | null;
}

export interface HubPerson {
  userId: string;
  hubUrl: string;
  /** When the hub last accepted this person's password here (their cached verifier's age), or null. */
  verifiedAt: string | null;
  tokenExpiresAt: string | null;
}

export type HubPeople = ReturnType<typeof hubPeople>;

/**
 * Each person's hub session on this workstation (migration 020): their token in the secret
 * store, its expiry and when the hub last checked their password in SQLite. The token is
 * written before the row, so a row never names a token that was not kept.
 */
export function hubPeople(db: Db, secrets: SecretStore, now: () => Date) {
  const select = db.prepare<[string], PersonRow>('SELECT * FROM newsroom_people WHERE user_id = ?');
  const all = db.prepare<[], { user_id: string }>('SELECT user_id FROM newsroom_people');
  const upsert = db.prepare(`
    INSERT INTO newsroom_people (user_id, hub_url, verified_at, token_expires_at) VALUES (@userId, @hubUrl, @verifiedAt, @tokenExpiresAt)
    ON CONFLICT (user_id) DO UPDATE SET hub_url = excluded.hub_url, token_expires_at = excluded.token_expires_at,
      verified_at = coalesce(excluded.verified_at, CASE WHEN newsroom_people.hub_url = excluded.hub_url THEN newsroom_people.verified_at END)`);
  const dropToken = db.prepare('UPDATE newsroom_people SET token_expires_at = NULL WHERE user_id = ?');
  const dropVerifier = db.prepare('UPDATE newsroom_people SET verified_at = NULL WHERE user_id = ?');
  const removeAll = db.prepare('DELETE FROM newsroom_people');

  const find = (userId: string): HubPerson | null => {
    const row = select.get(userId);
    return row ? { userId: row.user_id, hubUrl: row.hub_url, verifiedAt: row.verified_at, tokenExpiresAt: row.token_expires_at } : null;
  };

  return {
    find,

    /**
     * Keeps a person's new hub token. `verified` says the hub has just accepted their
     * password, whose verifier the caller has stored as the user's own.
     */
    async keep(userId: string, hubUrl: string, grant: { token: string; expiresAt: string }, verified: boolean): Promise<void> {
      await secrets.set(hubTokenRef(userId), grant.token);
      upsert.run({ userId, hubUrl, verifiedAt: verified ? now().toISOString() : null, tokenExpiresAt: grant.expiresAt });
    },

    /**
     * The person's hub token for the hub at `hubUrl`, or null when they have none here:
     * never signed in through this hub, expired, or refused by the hub since (`refused`).
     */
    async tokenOf(userId: string, hubUrl: string): Promise<string | null> {
      const person = find(userId);
      if (person === null || person.hubUrl !== hubUrl || person.tokenExpiresAt === null) return null;
      if (Date.parse(person.tokenExpiresAt) <= now().getTime()) return null;
      return secrets.get(hubTokenRef(userId));
    },

    /** The hub refused the person's token (expired, or their sessions ended there): forget it until they sign in again. */
    async refused(userId: string): Promise<void> {
      await secrets.delete(hubTokenRef(userId));
      dropToken.run(userId);
    },

    /** Their cached verifier no longer matches what the hub accepts (a changed password, a disabled account). */
    forgetVerifier(userId: string): void {
      dropVerifier.run(userId);
    },

    /** Leaving the hub: every person's token, then the rows. */
    async forgetAll(): Promise<void> {
      for (const { user_id } of all.all()) await secrets.delete(hubTokenRef(user_id));
      removeAll.run();
    },
  };
}
