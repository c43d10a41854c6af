import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../shared/content/canonical-json';
import type { HubUpdateAudit } from '../store/hub-store';
import type { HubConnectionContext } from './authenticate';

/** The audit entry of an update the hub accepted: who sent it, and the sha256 and size of what they sent. */
export function updateAudit(context: HubConnectionContext, update: Uint8Array): HubUpdateAudit {
  return {
    id: randomUUID(),
    at: new Date().toISOString(),
    actorId: context.user.id,
    actorName: context.user.displayName,
    action: 'update',
    articleId: context.articleId,
    revisionHash: null,
    note: null,
    detailsJson: canonicalJson({ sha256: createHash('sha256').update(update).digest('hex'), bytes: update.byteLength }),
  };
}
