import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { adminToken, parseAdminKey } from '../../../electron/publishing/targets/ghost/token';
import { TargetError } from '../../../electron/publishing/targets/target';

const KEY = `${'a1'.repeat(12)}:${'0f'.repeat(32)}`;

describe('Ghost Admin API token', () => {
  it('is an HS256 JWT with the key id, audience /admin/ and a five-minute life', () => {
    const token = adminToken(parseAdminKey(KEY), new Date('2026-11-22T12:00:00Z'));
    const [header, payload, signature] = token.split('.') as [string, string, string];
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT', kid: 'a1'.repeat(12) });
    const iat = Date.parse('2026-11-22T12:00:00Z') / 1000;
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toEqual({ iat, exp: iat + 300, aud: '/admin/' });
    const expected = createHmac('sha256', Buffer.from('0f'.repeat(32), 'hex')).update(`${header}.${payload}`).digest('base64url');
    expect(signature).toBe(expected);
  });

  it('says what is wrong with a key that is not id:secret', () => {
    expect(() => parseAdminKey('abc')).toThrow(TargetError);
    expect(() => parseAdminKey('abc')).toThrow(/two parts joined by a colon/);
    expect(parseAdminKey(` ${KEY}\n`).id).toBe('a1'.repeat(12));
  });
});
