import type { Db } from '../../db/connection';
import type { EventBus } from '../../events';
import type { AuditLog } from '../../audit/audit-log';
import { GalleyError } from '../../../shared/contract/errors';
import type { Session } from '../../../shared/domain/session';
import type { SyncState } from '../../../shared/contract/hub';
import type { ChannelParsedInput } from '../../../shared/contract/channels';
import type { Membership, NewsroomStatus } from '../../../shared/contract/channels/newsroom';
import { membershipRepository } from './membership-repository';
import { hubOrigin } from './hub-address';
import { hubClient, type HubClient } from './hub-client';
import { syncMonitor, type SyncMonitor } from './sync-monitor';
import type { HubPeople } from './hub-people';

const SOLO: SyncState = { kind: 'solo' };

export interface NewsroomServiceDeps {
  db: Db;
  events: EventBus;
  audit: AuditLog;
  now: () => Date;
  /** Each person's hub token (in the secret store) and sign-in bookkeeping. */
  people: HubPeople;
  /** Edits made here the hub has not acknowledged (the replica's log). */
  waitingChanges: () => number;
  hub?: HubClient;
  /** How often a joined workstation checks its hub (tests shorten it). */
  checkEveryMs?: number;
}

export type NewsroomService = ReturnType<typeof newsroomService>;

function requireAdmin(session: Session, what: string): void {
  if (session.role !== 'admin') throw new GalleyError('FORBIDDEN', `Only an admin of this workstation can ${what} a newsroom hub.`);
}

/**
 * Settings → Newsroom: joining a hub (sign in there, keep the token in the secret store,
 * record the membership), leaving it (forget both), and the sync state the status bar
 * shows. With no membership the workstation is solo, exactly as before issue 18.
 */
export function newsroomService({ db, events, audit, now, people, waitingChanges, hub = hubClient(), checkEveryMs }: NewsroomServiceDeps) {
  const repo = membershipRepository(db);
  let monitor: SyncMonitor | null = null;
  // Joining and leaving talk to the hub and the keychain between their checks and their
  // writes: one at a time, so two windows cannot interleave a join with a leave.
  let changing = false;

  const announce = (state: SyncState) => events.emit({ type: 'newsroom.changed', state });

  function watch(membership: Membership | null): void {
    monitor?.stop();
    monitor = null;
    if (membership === null) return;
    monitor = syncMonitor({
      reachable: () => hub.healthy(membership.hub.url),
      waitingChanges,
      now,
      onChange: announce,
      ...(checkEveryMs !== undefined ? { everyMs: checkEveryMs } : {}),
    });
  }
  watch(repo.find());

  async function status(): Promise<NewsroomStatus> {
    const membership = repo.find();
    if (membership === null || monitor === null) return { membership: null, state: SOLO };
    return { membership, state: await monitor.current() };
  }

  async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    if (changing) throw new GalleyError('CONFLICT', 'This workstation is already joining or leaving a newsroom. Wait for that to finish.');
    changing = true;
    try {
      return await work();
    } finally {
      changing = false;
    }
  }

  return {
    status,

    join(session: Session, input: ChannelParsedInput<'newsroom.join'>): Promise<NewsroomStatus> {
      requireAdmin(session, 'join');
      return oneAtATime(async () => {
        const current = repo.find();
        if (current !== null) {
          throw new GalleyError('CONFLICT', `This workstation is already in the newsroom at ${current.hub.url}. Leave it first to join another.`);
        }
        const origin = hubOrigin(input.hub);
        const granted = await hub.signIn(origin, { name: input.name, password: input.password });
        // The token first: a membership without its token could not sync, a token without a membership is overwritten by the next join.
        // It is the joining admin's own: they typed the hub account's password (verified false: it is not their password here).
        await people.keep(session.userId, origin, granted, false);
        const membership: Membership = {
          hub: { url: origin, name: granted.hub.name },
          account: granted.account,
          tokenExpiresAt: granted.expiresAt,
          joinedAt: now().toISOString(),
        };
        db.transaction(() => {
          repo.insert(membership, session.userId);
          audit.append({
            actor: { id: session.userId, name: session.displayName },
            action: 'newsroom.join',
            note: origin,
            details: { hub: origin, hubName: granted.hub.name, account: granted.account.name, accountRole: granted.account.role },
          });
        }).immediate();
        watch(membership);
        const joined = await status();
        announce(joined.state);
        return joined;
      });
    },

    leave(session: Session): Promise<NewsroomStatus> {
      requireAdmin(session, 'leave');
      return oneAtATime(async () => {
        const current = repo.find();
        if (current === null) return { membership: null, state: SOLO };
        // Forget the tokens before the membership: if the keychain refuses, the workstation stays joined and says why.
        await people.forgetAll();
        db.transaction(() => {
          repo.remove();
          audit.append({ actor: { id: session.userId, name: session.displayName }, action: 'newsroom.leave', note: current.hub.url, details: { hub: current.hub.url } });
        }).immediate();
        watch(null);
        announce(SOLO);
        return { membership: null, state: SOLO };
      });
    },

    /**
     * The signed-in person's own hub token, for talking to the hub as them (the relay's
     * connections): null in solo mode, and when they have no token here (never signed in
     * through the hub on this computer, expired, or refused since): the caller then says
     * SIGN_IN_AGAIN_TO_SYNC (./hub-people.ts).
     */
    async hubToken(session: Session): Promise<string | null> {
      const membership = repo.find();
      return membership === null ? null : people.tokenOf(session.userId, membership.hub.url);
    },

    /** The hub refused the token `hubToken` gave (expired, sessions ended): forgotten until the person signs in again. */
    tokenRefused(session: Session): Promise<void> {
      return people.refused(session.userId);
    },

    /** Asks the hub now instead of at the next check (the status bar's state is then current). */
    async refresh(): Promise<NewsroomStatus> {
      await monitor?.check();
      return status();
    },

    stop(): void {
      watch(null);
    },
  };
}
