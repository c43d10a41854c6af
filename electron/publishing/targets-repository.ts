import { z } from 'zod';
import type { Db } from '../db/connection';
import { readJsonColumn } from '../db/json-column';
import { TargetConfigSchema, type TargetConfig } from '../../shared/domain/publishing';

/** A target row with its settings parsed (and validated) on read. */
export interface StoredTarget {
  seq: number;
  id: string;
  name: string;
  enabled: boolean;
  /** Removed by an admin: kept for the jobs and publications that name it, never sent to. */
  removed: boolean;
  config: TargetConfig;
  /** The secret fields with a stored value (names only). */
  secretFields: string[];
  /** Set when the stored settings no longer parse: the target is shown, but never used. */
  invalid: string | null;
  createdAt: string;
  updatedAt: string;
}

interface RawTarget {
  seq: number;
  id: string;
  name: string;
  kind: string;
  settings_json: string;
  enabled: number;
  removed_at: string | null;
  secret_fields_json: string;
  created_at: string;
  updated_at: string;
}

const NamesSchema = z.array(z.string());
const namesOf = (json: string): string[] => readJsonColumn(NamesSchema, json) ?? [];

const FALLBACK: TargetConfig = { kind: 'folder', settings: { path: '.' } };

function toStored(raw: RawTarget): StoredTarget {
  let parsed: ReturnType<typeof TargetConfigSchema.safeParse>;
  try {
    parsed = TargetConfigSchema.safeParse({ kind: raw.kind, settings: JSON.parse(raw.settings_json) });
  } catch {
    parsed = TargetConfigSchema.safeParse(null);
  }
  return {
    seq: raw.seq,
    id: raw.id,
    name: raw.name,
    enabled: raw.enabled === 1,
    removed: raw.removed_at !== null,
    config: parsed.success ? parsed.data : FALLBACK,
    secretFields: namesOf(raw.secret_fields_json),
    invalid: parsed.success ? null : `The settings of “${raw.name}” could not be read; edit the target to fix them.`,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}

const COLUMNS = 'seq, id, name, kind, settings_json, enabled, removed_at, secret_fields_json, created_at, updated_at';

/** Publishing targets: settings only. Removed targets keep their row (jobs and publications refer to it). */
export function targetsRepository(db: Db) {
  const all = db.prepare(`SELECT ${COLUMNS} FROM publishing_targets WHERE removed_at IS NULL ORDER BY name COLLATE NOCASE`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM publishing_targets WHERE id = ? AND removed_at IS NULL`);
  const bySeq = db.prepare(`SELECT ${COLUMNS} FROM publishing_targets WHERE seq = ?`);
  const byName = db.prepare(`SELECT ${COLUMNS} FROM publishing_targets WHERE name = ? COLLATE NOCASE AND removed_at IS NULL`);
  const insert = db.prepare(
    `INSERT INTO publishing_targets (id, name, kind, settings_json, enabled, created_at, updated_at)
     VALUES (@id, @name, @kind, @settings, @enabled, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE publishing_targets SET name = @name, settings_json = @settings, enabled = @enabled, updated_at = @at WHERE id = @id`,
  );
  // A removed target's name is freed (suffixed with its id) so that a new one may take it.
  const remove = db.prepare(`UPDATE publishing_targets SET removed_at = @at, enabled = 0, name = name || ' (removed ' || id || ')' WHERE id = @id`);
  const setSecretFields = db.prepare('UPDATE publishing_targets SET secret_fields_json = ? WHERE id = ?');
  const flag = db.prepare('SELECT 1 FROM publishing_flags WHERE name = ?');
  const setFlag = db.prepare('INSERT OR IGNORE INTO publishing_flags (name, at) VALUES (?, ?)');

  return {
    list: (): StoredTarget[] => (all.all() as RawTarget[]).map(toStored),
    find(id: string): StoredTarget | null {
      const raw = byId.get(id) as RawTarget | undefined;
      return raw ? toStored(raw) : null;
    },
    findBySeq(seq: number): StoredTarget | null {
      const raw = bySeq.get(seq) as RawTarget | undefined;
      return raw ? toStored(raw) : null;
    },
    findByName(name: string): StoredTarget | null {
      const raw = byName.get(name) as RawTarget | undefined;
      return raw ? toStored(raw) : null;
    },
    insert(target: { id: string; name: string; config: TargetConfig; enabled: boolean; at: string }): void {
      insert.run({ id: target.id, name: target.name, kind: target.config.kind, settings: JSON.stringify(target.config.settings), enabled: target.enabled ? 1 : 0, at: target.at });
    },
    update(target: { id: string; name: string; config: TargetConfig; enabled: boolean; at: string }): void {
      update.run({ id: target.id, name: target.name, settings: JSON.stringify(target.config.settings), enabled: target.enabled ? 1 : 0, at: target.at });
    },
    remove: (id: string, at: string): void => void remove.run({ id, at }),
    setSecretFields: (id: string, names: readonly string[]): void => void setSecretFields.run(JSON.stringify([...names].sort()), id),
    hasFlag: (name: string): boolean => flag.get(name) !== undefined,
    setFlag: (name: string, at: string): void => void setFlag.run(name, at),
  };
}

export type TargetsRepository = ReturnType<typeof targetsRepository>;
