import { describe, expect, it } from 'vitest';
import { createTarget } from '../../../electron/publishing/targets';
import type { Http, HttpRequest } from '../../../electron/publishing/http/transport';

/**
 * The transport the service builds is the one every target speaks through: a test (or a
 * fault proxy) handed to the service reaches Ghost and WordPress, not only the webhook.
 */
const recording = (answer: (request: HttpRequest) => { status: number; text: string }) => {
  const seen: HttpRequest[] = [];
  const http: Http = async (request) => {
    seen.push(request);
    const { status, text } = answer(request);
    return { status, headers: new Headers({ 'content-type': 'application/json' }), text };
  };
  return { http, seen };
};
const now = () => new Date('2026-12-07T12:00:00Z');

describe('targets speak through the transport they are given', () => {
  it('Ghost', async () => {
    const { http, seen } = recording(() => ({ status: 401, text: '{"errors":[{"message":"Invalid token"}]}' }));
    const key = `${'a'.repeat(24)}:${'0'.repeat(64)}`;
    const report = await createTarget('ghost', { siteUrl: 'https://ghost.invalid' }, { adminApiKey: key }, { http, now }).testConnection();
    expect(seen.map((request) => new URL(request.url).host)).toContain('ghost.invalid');
    expect(seen[0]?.backend).toBe('Ghost at https://ghost.invalid');
    // What the recording answered decided the report: nothing went to the network.
    expect(report).toEqual({ ok: false, message: 'https://ghost.invalid does not look like a Ghost site (no Admin API at /ghost/api/admin/).' });
  });

  it('WordPress', async () => {
    const { http, seen } = recording(() => ({ status: 503, text: 'down' }));
    const report = await createTarget('wordpress', { siteUrl: 'https://wp.invalid', user: 'admin' }, { applicationPassword: 'abcd efgh ijkl mnop qrst uvwx' }, { http, now }).testConnection();
    expect(seen.map((request) => new URL(request.url).host)).toContain('wp.invalid');
    expect(seen[0]?.backend).toBe('WordPress at https://wp.invalid');
    expect(report).toEqual({ ok: false, message: 'https://wp.invalid does not look like a WordPress site (no REST API at /wp-json/).' });
  });
});
