import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import { GalleyError } from '../../shared/contract/errors';
import type { Session } from '../../shared/domain/session';
import { SETTING_DEFAULTS, SettingSchema, valueOf, type Setting, type SettingKey, type SettingValue } from '../../shared/domain/settings';

export type SettingsService = ReturnType<typeof settingsService>;

/** The outlet's settings: read by anyone signed in (and by services), changed by admins only. */
export function settingsService({ db, now }: { db: Db; events?: EventBus; now: () => Date }) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare<[string, string, string, string]>(
    'INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  );

  function read<K extends SettingKey>(key: K): SettingValue<K> {
    const row = select.get(key);
    if (row === undefined) return SETTING_DEFAULTS[key];
    let raw: unknown;
    try {
      raw = JSON.parse(row.value);
    } catch {
      return SETTING_DEFAULTS[key];
    }
    const parsed = SettingSchema.safeParse({ key, value: raw });
    return parsed.success ? valueOf(key, parsed.data) : SETTING_DEFAULTS[key];
  }

  return {
    read,
    get(key: SettingKey): Setting {
      return SettingSchema.parse({ key, value: read(key) });
    },
    set(session: Session, setting: Setting): Setting {
      if (session.role !== 'admin') throw new GalleyError('FORBIDDEN', 'Only an admin can change the outlet’s settings.');
      const stored = SettingSchema.parse(setting);
      db.transaction(() => upsert.run(stored.key, JSON.stringify(stored.value), now().toISOString(), session.userId)).immediate();
      return stored;
    },
  };
}
