import { request } from 'node:http';
import type { RunningHost } from '../../electron/host/server';
import { OPEN_WINDOW_PATH, WINDOW_HEADER } from '../../shared/contract/web-host';

export const tokenOf = (url: string): string => new URL(url).searchParams.get('token') ?? '';

/** What the page does with the token in its address: trade it for a window key. */
export async function openWindow(h: RunningHost, token: string = tokenOf(h.newAddress())): Promise<string> {
  const reply = await fetch(`${h.origin}${OPEN_WINDOW_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
  const answer = (await reply.json()) as { ok: boolean; value?: { key: string } };
  if (!answer.ok || answer.value === undefined) throw new Error(`the window was not opened: ${JSON.stringify(answer)}`);
  return answer.value.key;
}

/** A new window with `name` signed in in it, as a tab would be after the sign-in screen. */
export async function signedInWindow(h: RunningHost, name: string, password: string): Promise<string> {
  const key = await openWindow(h);
  const reply = await fetch(`${h.origin}/rpc`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [WINDOW_HEADER]: key },
    body: JSON.stringify({ channel: 'auth.signIn', input: { name, password } }),
  });
  const answer = (await reply.json()) as { ok: boolean };
  if (!answer.ok) throw new Error(`${name} could not sign in: ${JSON.stringify(answer)}`);
  return key;
}

export interface HostReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET as a browser sends it for an address alone (an <img>, a link): the path as given, no window key unless in it. */
export function getFromHost(h: RunningHost, path: string, headers: Record<string, string> = {}): Promise<HostReply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: h.port, path, headers: { host: `127.0.0.1:${h.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}
