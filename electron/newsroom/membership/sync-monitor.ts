import type { SyncState } from '../../../shared/contract/hub';

/** How often a joined workstation asks whether its hub answers. */
export const HUB_CHECK_EVERY_MS = 10_000;

export interface SyncMonitorDeps {
  /** Whether the hub answers now (never throws). */
  reachable(): Promise<boolean>;
  /** Edits made here that the hub has not acknowledged (the replica's bookkeeping). */
  waitingChanges(): number;
  now: () => Date;
  /** Told whenever what the status bar shows changes (not when only the time of a check does). */
  onChange(state: SyncState): void;
  everyMs?: number;
}

/**
 * The sync state of a joined workstation, until the replica's own link to the hub is wired
 * in (issue 18's next slice): online or offline from whether the hub answers `GET /health`,
 * and the count of waiting changes from the replica's log. "Synced" holds its time from the
 * moment it was reached, so a steady state sends no events.
 */
export function syncMonitor({ reachable, waitingChanges, now, onChange, everyMs = HUB_CHECK_EVERY_MS }: SyncMonitorDeps) {
  let state: SyncState | null = null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<SyncState> | null = null;
  let stopped = false;

  const key = (s: SyncState) => (s.kind === 'synced' ? 'synced' : JSON.stringify(s));

  function next(online: boolean): SyncState {
    const changes = waitingChanges();
    const at = now().toISOString();
    if (!online) return state?.kind === 'offline' ? { ...state, changes } : { kind: 'offline', since: at, changes };
    if (changes > 0) return { kind: 'waiting', changes };
    return state?.kind === 'synced' ? state : { kind: 'synced', at };
  }

  /** Asks the hub now; concurrent callers share one request. */
  function check(): Promise<SyncState> {
    running ??= reachable()
      .then((online) => {
        const previous = state;
        state = next(online);
        if (!stopped && (previous === null || key(previous) !== key(state))) onChange(state);
        return state;
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  timer = setInterval(() => void check(), everyMs);
  // A pending check must never keep the app (or a test) from exiting.
  timer.unref();

  return {
    /** The state as last seen; the first call waits for the first answer. */
    current(): Promise<SyncState> {
      return state === null ? check() : Promise.resolve(state);
    },
    check,
    stop(): void {
      stopped = true;
      if (timer !== null) clearInterval(timer);
      timer = null;
    },
  };
}

export type SyncMonitor = ReturnType<typeof syncMonitor>;
