import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  articleDocumentName,
  HUB_ARTICLES_PATH,
  HUB_COLLAB_PATH,
  HUB_HEALTH_PATH,
  HUB_SESSION_PATH,
  HubArticleSchema,
  HubSignInResponseSchema,
  type HubSignInResponse,
} from '../../../shared/contract/hub';
import type { Role } from '../../../shared/domain/session';
import { findHubNode, HUB_NODE_HELP } from '../../../shared/node/hub-node.mjs';
import { waitFor } from '../../support/wait';

export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
export const BUILT_HUB = join(REPO_ROOT, 'dist', 'hub', 'hub.cjs');
export const HUB_TEST_PASSWORD = 'correct horse battery staple';
/**
 * The hub needs Node 22; the workstation's service tests run on Node 20 and start it too,
 * so the hub is run by the Node the `galley hub` launcher would pick.
 */
function hubNode(): { command: string; env: NodeJS.ProcessEnv } {
  const found = findHubNode({ root: REPO_ROOT });
  if (found === null) throw new Error(HUB_NODE_HELP);
  return { command: found.command, env: { ...process.env, ...found.env } };
}
/** node:sqlite is flagged experimental on Node 22: the warning is noise in every test's output. */
const NODE_FLAGS = ['--disable-warning=ExperimentalWarning'];
const WAIT_MS = 30_000;

export interface HubProcess {
  dataDir: string;
  /** http://127.0.0.1:<port> */
  url: string;
  /** ws://127.0.0.1:<port>/collab, for a HocuspocusProvider. */
  collabUrl: string;
  port: number;
  child: ChildProcess;
  /** SIGTERM, and waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: the hub gets no chance to store anything. */
  kill(): Promise<void>;
  /** Starts the hub again on the same data directory and port (after stop or kill). */
  restart(): Promise<void>;
  signIn(name: string, password?: string): Promise<HubSignInResponse>;
  /** POSTs a body to the sign-in path as it is, answering the status and JSON. */
  postSession(body: string, contentType?: string): Promise<{ status: number; json: unknown }>;
  /** POSTs a body to the articles path with the token (if any) as it is, answering the status and JSON. */
  postArticle(token: string | null, body?: string): Promise<{ status: number; json: unknown }>;
  /** Registers a new article as the person `token` stands for; answers its document name (`article:<id>`). */
  newArticle(token: string): Promise<string>;
}

/** The hub's store: its data directory, and PostgreSQL instead of the embedded file when `databaseUrl` is given. */
const storeArgs = (dataDir: string, databaseUrl?: string) => ['--data', dataDir, ...(databaseUrl ? ['--database', databaseUrl] : [])];

/** Runs the built hub's admin command (`user add|list|disable`) on a hub's store; `input` goes to its stdin. */
export function runHubCommand(
  dataDir: string,
  args: string[],
  input = '',
  databaseUrl?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const node = hubNode();
    const child = spawn(node.command, [...NODE_FLAGS, BUILT_HUB, ...storeArgs(dataDir, databaseUrl), ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: node.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

export async function addHubUser(dataDir: string, name: string, role: Role, password = HUB_TEST_PASSWORD, databaseUrl?: string): Promise<void> {
  const result = await runHubCommand(dataDir, ['user', 'add', '--name', name, '--display-name', name, '--role', role], `${password}\n`, databaseUrl);
  if (result.code !== 0) throw new Error(`adding ${name} failed (${result.code}): ${result.stderr}`);
}

/** A fresh data directory, removed by `removeDataDirs`. */
const made: string[] = [];
export function newHubDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'galley-hub-test-'));
  made.push(dir);
  return dir;
}
export function removeDataDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Spawns the hub, reads the address it prints, and waits until /health answers. */
async function spawnHub(dataDir: string, port: number, databaseUrl?: string, args: string[] = []): Promise<{ child: ChildProcess; url: string; exited: Promise<void> }> {
  const node = hubNode();
  const child = spawn(node.command, [...NODE_FLAGS, BUILT_HUB, ...storeArgs(dataDir, databaseUrl), '--port', String(port), '--host', '127.0.0.1', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: node.env,
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => {
    stderr += c.toString();
    // HUB_STDERR=1 shows what the hub logs while a test runs (why a step failed, say).
    if (process.env['HUB_STDERR']) process.stderr.write(c);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the hub did not print its address within ${WAIT_MS} ms: ${stderr}`)), WAIT_MS);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^Galley hub at (http:\/\/\S+) /.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the hub exited with ${code} before listening: ${stderr}`));
    });
  });
  await waitFor(`${url}${HUB_HEALTH_PATH} to answer`, WAIT_MS, () => fetch(`${url}${HUB_HEALTH_PATH}`).then((r) => r.ok, () => false));
  return { child, url, exited };
}

/**
 * Starts the built hub (`dist/hub/hub.cjs`, on Node 22: this one, or the one `galley hub`
 * would use) on 127.0.0.1 and a free port, on the embedded store in `dataDir` or on
 * PostgreSQL at `databaseUrl`; `args` are more of `galley hub`'s options (kept on restart).
 */
export async function startHubProcess(dataDir: string = newHubDataDir(), { databaseUrl, args }: { databaseUrl?: string; args?: string[] } = {}): Promise<HubProcess> {
  if (!existsSync(BUILT_HUB)) throw new Error(`${BUILT_HUB} is missing: run \`npm run build\` first (npm test does).`);
  let running = await spawnHub(dataDir, 0, databaseUrl, args);
  const port = Number(new URL(running.url).port);
  const end = async (signal: NodeJS.Signals) => {
    const { child, exited } = running;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const hub: HubProcess = {
    dataDir,
    port,
    url: running.url,
    collabUrl: `${running.url.replace(/^http/, 'ws')}${HUB_COLLAB_PATH}`,
    get child() {
      return running.child;
    },
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    async restart() {
      await end('SIGKILL');
      running = await spawnHub(dataDir, port, databaseUrl, args);
    },
    async signIn(name, password = HUB_TEST_PASSWORD) {
      const answer = await hub.postSession(JSON.stringify({ name, password }));
      if (answer.status !== 200) throw new Error(`signing in as ${name} failed: ${answer.status} ${JSON.stringify(answer.json)}`);
      return HubSignInResponseSchema.parse(answer.json);
    },
    async postSession(body, contentType = 'application/json') {
      const response = await fetch(`${running.url}${HUB_SESSION_PATH}`, { method: 'POST', headers: { 'content-type': contentType }, body });
      return { status: response.status, json: await response.json() };
    },
    async postArticle(token, body = '{}') {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) };
      const response = await fetch(`${running.url}${HUB_ARTICLES_PATH}`, { method: 'POST', headers, body });
      return { status: response.status, json: await response.json() };
    },
    async newArticle(token) {
      const answer = await hub.postArticle(token);
      if (answer.status !== 201) throw new Error(`registering an article failed: ${answer.status} ${JSON.stringify(answer.json)}`);
      return articleDocumentName(HubArticleSchema.parse(answer.json).id);
    },
  };
  return hub;
}
