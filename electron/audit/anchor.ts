import { createHmac, scryptSync, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * What anchors the audit log outside its database: a key that is not in the database (from
 * the OS keychain in the app, from GALLEY_SECRET_KEY for the web host and the command line)
 * signs each row's hash, and a small file beside the database records how many rows there
 * were and the newest row's hash, signed with the same key. Without the key, rows cannot be
 * rewritten with fresh signatures; without the file, rows removed from the end (or all of
 * them) would leave a chain that still holds.
 */
export const AUDIT_ANCHOR_FILE = 'audit-anchor.json';

/** The audit key derived from the passphrase the host and the command line are given. */
export function auditKeyFromPassphrase(passphrase: string): Buffer {
  // scrypt, as for the secrets file: a copy of the data folder does not make guessing a weak passphrase cheap.
  return scryptSync(passphrase, 'galley.audit-key.v1', 32, { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}

const mac = (key: Buffer, text: string): string => createHmac('sha256', key).update(text).digest('hex');

function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A row's signature: over its hash, which covers every column and the link to the row before. */
export const rowSignature = (key: Buffer, hash: string): string => mac(key, `galley.audit-row.v1\n${hash}`);
export const rowSignatureHolds = (key: Buffer, hash: string, signature: string): boolean => sameHex(rowSignature(key, hash), signature);

export interface Anchor {
  /** How many rows the log had… */
  count: number;
  /** …and the hash of the last of them (GENESIS for none). */
  head: string;
}

const AnchorFileSchema = z.object({
  format: z.literal('galley.audit-anchor'),
  version: z.literal(1),
  count: z.number().int().nonnegative(),
  head: z.string(),
  mac: z.string(),
});

const anchorText = ({ count, head }: Anchor) => `galley.audit-anchor.v1\n${count}\n${head}`;

export type AnchorReading = { kind: 'none' } | { kind: 'forged' } | { kind: 'anchor'; anchor: Anchor };

export function readAnchor(path: string, key: Buffer): AnchorReading {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { kind: 'none' };
  }
  let parsed;
  try {
    parsed = AnchorFileSchema.safeParse(JSON.parse(text));
  } catch {
    return { kind: 'forged' };
  }
  if (!parsed.success) return { kind: 'forged' };
  const anchor = { count: parsed.data.count, head: parsed.data.head };
  return sameHex(mac(key, anchorText(anchor)), parsed.data.mac) ? { kind: 'anchor', anchor } : { kind: 'forged' };
}

/** Replaces the anchor file whole (a rename), so a crash leaves the old anchor or the new one. */
export function writeAnchor(path: string, key: Buffer, anchor: Anchor): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const file = { format: 'galley.audit-anchor', version: 1, ...anchor, mac: mac(key, anchorText(anchor)) };
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}
