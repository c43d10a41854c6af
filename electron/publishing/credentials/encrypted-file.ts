import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GalleyError } from '../../../shared/contract/errors';
import type { Sealer, SecretStore } from './secret-store';
import { sealedFileStore } from './sealed-file-store';

/** The environment variables the web host and the command line take the key from. */
export const SECRET_KEY_ENV = 'GALLEY_SECRET_KEY';
export const SECRET_KEY_FILE_ENV = 'GALLEY_SECRET_KEY_FILE';
export const ENCRYPTED_SECRETS_FILE = 'secrets.enc.json';

const SALT = 16;
const IV = 12;
const TAG = 16;
// scrypt's cost: enough to make guessing a weak passphrase slow, cheap enough per secret read.
const SCRYPT = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** AES-256-GCM with a key derived by scrypt from the passphrase and a random salt per secret. */
export function aesSealer(passphrase: string): Sealer {
  const keys = new Map<string, Buffer>();
  const keyFor = (salt: Buffer): Buffer => {
    const id = salt.toString('hex');
    let key = keys.get(id);
    if (key === undefined) {
      key = scryptSync(passphrase, salt, 32, SCRYPT);
      keys.set(id, key);
    }
    return key;
  };
  return {
    kind: 'aes-256-gcm+scrypt',
    seal(plain) {
      const salt = randomBytes(SALT);
      const iv = randomBytes(IV);
      const cipher = createCipheriv('aes-256-gcm', keyFor(salt), iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([salt, iv, cipher.getAuthTag(), data]);
    },
    open(sealed) {
      if (sealed.length < SALT + IV + TAG) throw new Error('too short');
      const salt = sealed.subarray(0, SALT);
      const iv = sealed.subarray(SALT, SALT + IV);
      const tag = sealed.subarray(SALT + IV, SALT + IV + TAG);
      const decipher = createDecipheriv('aes-256-gcm', keyFor(salt), iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(sealed.subarray(SALT + IV + TAG)), decipher.final()]).toString('utf8');
    },
  };
}

const NO_KEY =
  `Galley has no key to keep publishing credentials with. Set ${SECRET_KEY_ENV} to a passphrase ` +
  `(or ${SECRET_KEY_FILE_ENV} to a file holding one) where the web host or the command line runs, then try again.`;

/** The passphrase from the environment, or null when none is given. */
export function secretKeyFrom(env: NodeJS.ProcessEnv): string | null {
  const direct = env[SECRET_KEY_ENV];
  if (direct !== undefined && direct !== '') return direct;
  const file = env[SECRET_KEY_FILE_ENV];
  if (file === undefined || file === '') return null;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new GalleyError('BAD_INPUT', `${SECRET_KEY_FILE_ENV} names ${file}, which cannot be read.`);
  }
  const key = text.trim();
  if (key === '') throw new GalleyError('BAD_INPUT', `${SECRET_KEY_FILE_ENV} names ${file}, which is empty.`);
  return key;
}

/**
 * The encrypted secrets file of a data directory. Without a key, it still opens: only a
 * target that needs a secret fails, with a message saying how to give the key.
 */
export function encryptedFileStore(dataDir: string, env: NodeJS.ProcessEnv = process.env): SecretStore {
  let sealer: Sealer | null = null;
  return sealedFileStore(
    join(dataDir, ENCRYPTED_SECRETS_FILE),
    () => {
      if (sealer === null) {
        const key = secretKeyFrom(env);
        if (key === null) throw new GalleyError('UNSUPPORTED', NO_KEY);
        sealer = aesSealer(key);
      }
      return sealer;
    },
    `the key in ${SECRET_KEY_ENV}`,
  );
}
