import type { CredentialsOf, SettingsOf, TargetKind } from '../../../shared/domain/publishing';
import type { Http } from '../http/transport';
import { folderTarget } from './folder';
import { webhookTarget } from './webhook';
import { ghostTarget } from './ghost';
import { wordpressTarget } from './wordpress';
import type { PublishTarget } from './target';

/**
 * The target factory registry: one entry per kind. A factory gets the target's validated
 * settings, its credentials (read from the secret store for this call only) and the shared
 * HTTP client, and returns a `PublishTarget`. The outbox never knows which kind it talks to.

 */
export interface TargetDeps {
  http: Http;
  now: () => Date;
}

export type TargetFactory<K extends TargetKind> = (settings: SettingsOf<K>, credentials: CredentialsOf<K>, deps: TargetDeps) => PublishTarget;
export type TargetFactories = { [K in TargetKind]: TargetFactory<K> };

export const targetFactories: TargetFactories = {
  folder: (settings, _credentials, deps) => folderTarget(settings, deps.now),
  webhook: (settings, credentials, deps) => webhookTarget(settings, credentials, deps.http, deps.now),
  ghost: (settings, credentials, deps) => ghostTarget(settings, credentials, { http: deps.http, now: deps.now }),
  wordpress: (settings, credentials, deps) => wordpressTarget(settings, credentials, { http: deps.http, now: deps.now }),
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
