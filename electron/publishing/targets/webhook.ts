import { createHmac } from 'node:crypto';
import { z } from 'zod';
import type { CredentialsOf, WebhookSettings } from '../../../shared/domain/publishing';
import { requestOk, type Http } from '../http/transport';
import { articleUri, outgoingNinjs } from './folder-page';
import { renderCanceledNinjs } from '../../../shared/content/render/ninjs';
import { TargetError, type OutgoingArticle, type PublishTarget, type RemoteRef } from './target';

export type WebhookEvent = 'published' | 'updated' | 'unpublished' | 'ping';

/** `sha256=<hex>`: the HMAC-SHA256 of the exact body bytes with the shared secret. */
export const webhookSignature = (secret: string, body: string): string => `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;

/** A receiver may answer with where it put the article. */
const ReceiptSchema = z.object({ url: z.string().regex(/^https?:\/\//).max(2000).optional() }).loose();

/**
 * An HTTP endpoint that receives ninjs. Each delivery is signed (X-Galley-Signature) and
 * carries its outbox job's id (X-Galley-Delivery), the same on every retry, so a receiver
 * that keeps the ids it processed never acts on one delivery twice. A webhook cannot be
 * asked what it holds, so `find` answers null: the delivery id is what makes a resend safe.
 */
export function webhookTarget(settings: WebhookSettings, credentials: CredentialsOf<'webhook'>, http: Http, now: () => Date = () => new Date()): PublishTarget {
  async function deliver(event: WebhookEvent, body: string, deliveryId: string): Promise<string | null> {
    const response = await requestOk(
      http,
      {
        url: settings.url,
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'Galley',
          'x-galley-event': event,
          'x-galley-delivery': deliveryId,
          'x-galley-signature': webhookSignature(credentials.signingSecret, body),
        },
        body,
      },
      event === 'ping' ? 'a test delivery' : `delivering the article (${event})`,
    );
    let json: unknown = null;
    try {
      json = JSON.parse(response.text);
    } catch {
      return null;
    }
    const receipt = ReceiptSchema.safeParse(json);
    return receipt.success ? (receipt.data.url ?? null) : null;
  }

  async function send(event: 'published' | 'updated', article: OutgoingArticle, previous: RemoteRef | null): Promise<RemoteRef> {
    if (article.deliveryId === undefined) throw new TargetError('rejected', 'A webhook delivery needs its outbox job id.');
    // The webhook carries no image bytes, so its pictures name no address.
    const body = outgoingNinjs(article, now().toISOString(), () => null);
    const url = await deliver(event, body, article.deliveryId);
    return { remoteId: articleUri(article.articleId), url: url ?? previous?.url ?? null, remoteVersion: null, images: previous?.images ?? {} };
  }

  return {
    async testConnection() {
      try {
        await deliver('ping', `${JSON.stringify({ ping: now().toISOString() })}\n`, `ping-${now().getTime()}`);
        return { ok: true, message: `${new URL(settings.url).host} accepted a signed test delivery.` };
      } catch (error) {
        if (error instanceof TargetError) return { ok: false, message: error.message };
        throw error;
      }
    },
    find: async () => null,
    create: (article, known) => send('published', article, known),
    update: (article, ref) => send('updated', article, ref),
    async unpublish(ref, context) {
      const body = renderCanceledNinjs(ref.remoteId, now().toISOString());
      await deliver('unpublished', body, context?.deliveryId ?? `unpublish-${ref.remoteId}`);
      return { ...ref, url: null };
    },
    snapshot: async () => null,
  };
}
