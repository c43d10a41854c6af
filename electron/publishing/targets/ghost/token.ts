import { createHmac } from 'node:crypto';
import { TargetError } from '../target';

/**
 * Ghost's Admin API authenticates each request with a short-lived JWT signed by the
 * integration's Admin API key ("id:secret", the secret in hex): HS256, the key id as `kid`,
 * audience `/admin/`, valid five minutes. Written with node:crypto: the format is three
 * base64url parts and one HMAC, not worth a dependency.
 */

export interface GhostAdminKey {
  id: string;
  secret: Buffer;
}

/** Splits and checks the key as the admin pastes it; the message says what is wrong with it. */
export function parseAdminKey(key: string): GhostAdminKey {
  const match = /^([0-9a-f]{24}):([0-9a-f]{64})$/i.exec(key.trim());
  if (match === null) {
    throw new TargetError(
      'unauthorised',
      'The Ghost Admin API key is not in the right form: it is two parts joined by a colon (24 and 64 hexadecimal characters), as Ghost shows it under Settings → Integrations.',
    );
  }
  return { id: match[1] as string, secret: Buffer.from(match[2] as string, 'hex') };
}

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

const LIFETIME_SECONDS = 5 * 60;

/** A token for requests made now; Ghost refuses tokens that live longer than five minutes. */
export function adminToken(key: GhostAdminKey, now: Date): string {
  const iat = Math.floor(now.getTime() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: key.id }));
  const payload = base64url(JSON.stringify({ iat, exp: iat + LIFETIME_SECONDS, aud: '/admin/' }));
  const signature = createHmac('sha256', key.secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}
