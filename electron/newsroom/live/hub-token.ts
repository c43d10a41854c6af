import type { SecretStore } from '../../publishing/credentials/secret-store';
import { HUB_TOKEN_REF } from '../membership/service';

/**
 * The token a shared article's link to the hub signs in with. For now the membership's (the
 * hub account the workstation joined with); when each person signs in to the hub with their
 * own account, this is the one place that changes.
 */
export function hubTokenFor(secrets: SecretStore): () => Promise<string | null> {
  return () => secrets.get(HUB_TOKEN_REF);
}
