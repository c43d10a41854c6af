import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

/**
 * scrypt parameters, stored beside every hash so that the cost can be raised later while
 * old hashes still verify with the parameters they were made with.
 */
export const ScryptParamsSchema = z.object({
  algorithm: z.literal('scrypt'),
  N: z.number().int().min(2).max(2 ** 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  keyLength: z.number().int().min(16).max(128),
});
export type ScryptParams = z.infer<typeof ScryptParamsSchema>;

/** OWASP's recommendation for scrypt: N=2^17 (128 MiB), r=8, p=1; about half a second here. */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { algorithm: 'scrypt', N: 2 ** 17, r: 8, p: 1, keyLength: 64 };

export interface PasswordHash {
  hash: string;
  salt: string;
  params: ScryptParams;
}

const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    // scrypt needs 128·N·r·p bytes; Node's default ceiling (32 MiB) is below the default cost.
    maxmem: 256 * params.N * params.r * params.p,
  };
  // The same passphrase typed on different keyboards can arrive in different Unicode forms.
  const normalised = password.normalize('NFC');
  return new Promise((resolve, reject) => {
    // Asynchronous: the work runs on libuv's pool, so the web host keeps answering meanwhile.
    scrypt(normalised, salt, params.keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<PasswordHash> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params);
  return { hash: key.toString('base64'), salt: salt.toString('base64'), params };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), stored.params);
  return key.length === expected.length && timingSafeEqual(key, expected);
}
