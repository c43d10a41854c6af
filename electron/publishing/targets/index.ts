import type { CredentialsOf, SettingsOf, TargetKind } from '../../../shared/domain/publishing';
import type { Http } from '../http';
import { folderTarget } from './folder';
import { webhookTarget } from './webhook';
import { TargetError, type PublishTarget } from './target';

/**
 * The target factory registry: one entry per kind. A factory gets the target's validated
 * settings, its credentials (read from the secret store for this call only) and the shared
 * HTTP client, and returns a `PublishTarget`. The outbox never knows which kind it talks to.
 *
 * Ghost and WordPress are registered by their own modules (targets/ghost.ts,
 * targets/wordpress.ts): replace the `unavailable(...)` entry with the factory, one line each.
 */
export interface TargetDeps {
  http: Http;
  now: () => Date;
}

export type TargetFactory<K extends TargetKind> = (settings: SettingsOf<K>, credentials: CredentialsOf<K>, deps: TargetDeps) => PublishTarget;
export type TargetFactories = { [K in TargetKind]: TargetFactory<K> };

/** A kind this build cannot publish to: every call says so in plain words. */
function unavailable<K extends TargetKind>(name: string): TargetFactory<K> {
  return () => {
    const refuse = async (): Promise<never> => {
      throw new TargetError('rejected', `This Galley build has no ${name} support yet.`);
    };
    return {
      testConnection: async () => ({ ok: false, message: `This Galley build has no ${name} support yet.` }),
      find: refuse,
      create: refuse,
      update: refuse,
      unpublish: refuse,
      snapshot: refuse,
    };
  };
}

export const targetFactories: TargetFactories = {
  folder: (settings, _credentials, deps) => folderTarget(settings, deps.now),
  webhook: (settings, credentials, deps) => webhookTarget(settings, credentials, deps.http, deps.now),
  ghost: unavailable('Ghost'),
  wordpress: unavailable('WordPress'),
};

/** Makes the target for a kind from the registry (tests and the app may pass their own registry). */
export function createTarget<K extends TargetKind>(
  kind: K,
  settings: SettingsOf<K>,
  credentials: CredentialsOf<K>,
  deps: TargetDeps,
  factories: TargetFactories = targetFactories,
): PublishTarget {
  return (factories[kind] as TargetFactory<K>)(settings, credentials, deps);
}
