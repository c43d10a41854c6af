import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import type { AuditLog } from '../audit/audit-log';
import { GalleyError } from '../../shared/contract/errors';
import type { Session } from '../../shared/domain/session';
import {
  TARGET_SECRET_FIELDS,
  TargetConfigSchema,
  canManageTargets,
  type Target,
  type TargetConfig,
} from '../../shared/domain/publishing';
import { secretRef, type SecretStore } from './credentials/secret-store';
import { TargetError } from './targets/target';
import type { StoredTarget, TargetsRepository } from './targets-repository';
import { secretFieldName, type TargetAccess } from './target-access';

export interface TargetsServiceDeps {
  db: Db;
  events: EventBus;
  audit: AuditLog;
  now: () => Date;
  targets: TargetsRepository;
  secrets: SecretStore;
  access: TargetAccess;
  dataDir: string;
}

export interface TargetInput {
  name: string;
  config: unknown;
  enabled?: boolean;
  secrets?: Record<string, string>;
}

export interface TargetChange {
  id: string;
  name?: string;
  settings?: unknown;
  enabled?: boolean;
  secrets?: Record<string, string>;
}

const DEFAULT_FLAG = 'default-folder-target';

export const toTarget = (stored: StoredTarget): Target => ({
  id: stored.id,
  name: stored.name,
  enabled: stored.enabled,
  config: stored.config,
  secretsSet: stored.secretFields,
  createdAt: stored.createdAt,
  updatedAt: stored.updatedAt,
});

function parseConfig(value: unknown): TargetConfig {
  const parsed = TargetConfigSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GalleyError('BAD_INPUT', `The target's settings are not right: ${issue ? `${issue.path.join('.') || 'settings'}: ${issue.message}` : 'check them'}.`);
  }
  return parsed.data;
}

/** Publishing targets, managed by admins. Secrets go to the secret store; the database keeps only which fields are set. */
export function targetsService({ db, events, audit, now, targets, secrets, access, dataDir }: TargetsServiceDeps) {
  const must = (session: Session) => {
    if (!canManageTargets(session.role)) throw new GalleyError('FORBIDDEN', 'Only an admin can manage publishing targets.');
  };
  const find = (id: string): StoredTarget => {
    const found = targets.find(id);
    if (found === null) throw new GalleyError('NOT_FOUND', 'That publishing target does not exist (it may have been removed).');
    return found;
  };
  const actor = (session: Session) => ({ id: session.userId, name: session.displayName });

  async function storeSecrets(id: string, config: TargetConfig, given: Record<string, string>, already: readonly string[]): Promise<string[]> {
    const allowed: readonly string[] = TARGET_SECRET_FIELDS[config.kind];
    for (const field of Object.keys(given)) {
      if (!allowed.includes(field)) throw new GalleyError('BAD_INPUT', `A ${config.kind} target has no secret called ${field}.`);
    }
    const missing = allowed.filter((field) => !(field in given) && !already.includes(field));
    if (missing.length > 0) throw new GalleyError('BAD_INPUT', `A ${config.kind} target needs its ${missing.map(secretFieldName).join(' and ')}.`);
    for (const [field, value] of Object.entries(given)) await secrets.set(secretRef(id, field), value);
    return [...new Set([...already, ...Object.keys(given)])];
  }

  const changed = () => events.emit({ type: 'publishing.changed', articleId: null });

  return {
    /** The zero-setup default: a folder in the data directory, made once on a new install (removing it sticks). */
    ensureDefault(): void {
      db.transaction(() => {
        if (targets.hasFlag(DEFAULT_FLAG)) return;
        const at = now().toISOString();
        if (targets.list().length === 0) {
          targets.insert({ id: randomUUID(), name: 'Folder', config: { kind: 'folder', settings: { path: join(dataDir, 'published') } }, enabled: true, at });
        }
        targets.setFlag(DEFAULT_FLAG, at);
      }).immediate();
    },

    list: (): Target[] => targets.list().map(toTarget),

    async add(session: Session, input: TargetInput): Promise<Target> {
      must(session);
      const config = parseConfig(input.config);
      const name = input.name.trim();
      if (targets.findByName(name) !== null) throw new GalleyError('CONFLICT', `There is already a target called “${name}”.`);
      const id = randomUUID();
      // Secrets first: a target row never exists without the credentials it needs.
      const fields = await storeSecrets(id, config, input.secrets ?? {}, []);
      const at = now().toISOString();
      db.transaction(() => {
        targets.insert({ id, name, config, enabled: input.enabled ?? true, at });
        targets.setSecretFields(id, fields);
        audit.append({ actor: actor(session), action: 'publishing.target.add', note: name, details: { targetId: id, kind: config.kind, secrets: fields } });
      }).immediate();
      changed();
      return toTarget(find(id));
    },

    async update(session: Session, change: TargetChange): Promise<Target> {
      must(session);
      const current = find(change.id);
      const config = change.settings === undefined ? current.config : parseConfig({ kind: current.config.kind, settings: change.settings });
      const name = change.name?.trim() ?? current.name;
      const other = targets.findByName(name);
      if (other !== null && other.id !== current.id) throw new GalleyError('CONFLICT', `There is already a target called “${name}”.`);
      const fields = await storeSecrets(current.id, config, change.secrets ?? {}, current.secretFields);
      db.transaction(() => {
        targets.update({ id: current.id, name, config, enabled: change.enabled ?? current.enabled, at: now().toISOString() });
        targets.setSecretFields(current.id, fields);
        audit.append({
          actor: actor(session),
          action: 'publishing.target.update',
          note: name,
          details: { targetId: current.id, secretsChanged: Object.keys(change.secrets ?? {}), enabled: change.enabled ?? current.enabled },
        });
      }).immediate();
      changed();
      return toTarget(find(current.id));
    },

    async remove(session: Session, id: string): Promise<void> {
      must(session);
      const current = find(id);
      db.transaction(() => {
        targets.remove(id, now().toISOString());
        audit.append({ actor: actor(session), action: 'publishing.target.remove', note: current.name, details: { targetId: id } });
      }).immediate();
      for (const field of current.secretFields) await secrets.delete(secretRef(id, field));
      changed();
    },

    async test(session: Session, id: string): Promise<{ ok: boolean; message: string }> {
      must(session);
      try {
        return await (await access.open(find(id))).testConnection();
      } catch (error) {
        if (error instanceof GalleyError || error instanceof TargetError) return { ok: false, message: error.message };
        throw error;
      }
    },
  };
}

export type TargetsService = ReturnType<typeof targetsService>;
