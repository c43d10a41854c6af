import { GalleyError } from '../../shared/contract/errors';
import { TARGET_SECRET_FIELDS, type CredentialsOf, type TargetConfig, type TargetKind } from '../../shared/domain/publishing';
import type { Http } from './http/transport';
import { secretRef, type SecretStore } from './credentials/secret-store';
import { createTarget, targetFactories, type TargetFactories } from './targets/index';
import type { PublishTarget } from './targets/target';
import type { StoredTarget } from './targets-repository';

export interface TargetAccessDeps {
  secrets: SecretStore;
  http: Http;
  now: () => Date;
  factories?: TargetFactories;
}

const FIELD_NAMES: Record<string, string> = {
  signingSecret: 'signing secret',
  adminApiKey: 'Admin API key',
  applicationPassword: 'application password',
};
export const secretFieldName = (field: string): string => FIELD_NAMES[field] ?? field;

/** Makes a live `PublishTarget` for a stored target: its credentials are read for this call and kept nowhere else. */
export function targetAccess({ secrets, http, now, factories = targetFactories }: TargetAccessDeps) {
  async function credentialsFor<K extends TargetKind>(target: StoredTarget, kind: K): Promise<CredentialsOf<K>> {
    const out: Record<string, string> = {};
    for (const field of TARGET_SECRET_FIELDS[kind] as readonly string[]) {
      const value = await secrets.get(secretRef(target.id, field));
      if (value === null) {
        throw new GalleyError('BAD_INPUT', `The target “${target.name}” has no ${secretFieldName(field)}: an admin must enter it in Settings → Publishing targets.`);
      }
      out[field] = value;
    }
    return out as CredentialsOf<K>;
  }

  return {
    async open(target: StoredTarget): Promise<PublishTarget> {
      if (target.invalid !== null) throw new GalleyError('BAD_INPUT', target.invalid);
      const config: TargetConfig = target.config;
      const deps = { http, now };
      switch (config.kind) {
        case 'folder':
          return createTarget('folder', config.settings, await credentialsFor(target, 'folder'), deps, factories);
        case 'webhook':
          return createTarget('webhook', config.settings, await credentialsFor(target, 'webhook'), deps, factories);
        case 'ghost':
          return createTarget('ghost', config.settings, await credentialsFor(target, 'ghost'), deps, factories);
        case 'wordpress':
          return createTarget('wordpress', config.settings, await credentialsFor(target, 'wordpress'), deps, factories);
      }
    },
  };
}

export type TargetAccess = ReturnType<typeof targetAccess>;
