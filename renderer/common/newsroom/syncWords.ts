import type { SyncState } from '../../../shared/contract/hub';
import { clockTime, dateTime, plural } from '../../ui/format';

/** The sync state in the status bar's words: "Synced", "3 changes waiting", "Offline since 14:02". Null in solo mode. */
export function syncText(state: SyncState): string | null {
  switch (state.kind) {
    case 'solo':
      return null;
    case 'synced':
      return 'Synced';
    case 'waiting':
      return `${plural(state.changes, 'change', 'changes')} waiting`;
    case 'offline':
      return `Offline since ${clockTime(state.since)}${state.changes > 0 ? ` · ${plural(state.changes, 'change', 'changes')} waiting` : ''}`;
  }
}

/** The longer form, for a tooltip or Settings: with the date and the hub's name. */
export function syncDetail(state: SyncState, hubName: string): string | null {
  switch (state.kind) {
    case 'solo':
      return null;
    case 'synced':
      return `Synced with ${hubName} (since ${dateTime(state.at)})`;
    case 'waiting':
      return `${plural(state.changes, 'change', 'changes')} made here waiting for ${hubName}`;
    case 'offline':
      return `${hubName} has not answered since ${dateTime(state.since)}`;
  }
}
