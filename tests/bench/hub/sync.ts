import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { $getRoot, type TextNode } from 'lexical';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { seedDoc } from '../../../shared/collab';
import { canonicalJson } from '../../../shared/content/canonical-json';
import { openWorkstation, type Workstation } from '../../services/newsroom/support/workstation';
import { addHubUser, HUB_TEST_PASSWORD, newHubDataDir, removeDataDirs, startHubProcess, type HubProcess } from '../../hub/support/hub-process';
import { edit, LEDE, richBody, richMeta } from '../../unit/collab/fixtures';
import { row, type BenchRow } from '../support/results';
import { summarize, type Summary } from '../support/stats';

export interface HubSyncBenchOptions {
  /** Edits timed one after the other from A to B, after `warmup` untimed ones. */
  edits: number;
  warmup: number;
  /** Keystrokes each of two people types while offline before both reconnect. */
  offlineKeys: number;
  log: (message: string) => void;
}

export interface HubSyncDetails {
  editToReplica: Summary;
  editToBareDoc: Summary;
  reconnect: { galleyMs: number; bareMs: number; keysEach: number; updatesOnHubBytes: number };
}

const GROUP = 'hub: two workstations through a real hub';
/** The bar for "see each other's edits": within a second. */
const LIVE_TARGET_MS = 1000;
const WAIT_MS = 120_000;

async function until(what: string, condition: () => boolean, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Resolves as soon as `condition` holds after a transaction on `doc` (no polling delay in the figure). */
function whenDoc(doc: Y.Doc, condition: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    if (condition()) return resolve();
    const timer = setTimeout(() => {
      doc.off('afterTransaction', check);
      reject(new Error('timed out waiting for an edit to arrive'));
    }, WAIT_MS);
    const check = (): void => {
      if (!condition()) return;
      clearTimeout(timer);
      doc.off('afterTransaction', check);
      resolve();
    };
    doc.on('afterTransaction', check);
  });
}

const ledeOf = (station: Workstation): string =>
  station.replica.editor.getEditorState().read(() => $getRoot().getChildAtIndex(0)?.getTextContent() ?? '');

/** Types one character at the end of the lede through the workstation's own editor (as a keystroke lands). */
function typeKey(station: Workstation, char: string): void {
  edit(station.replica.editor, () => {
    const paragraph = $getRoot().getChildAtIndex(0);
    const text = paragraph && 'getLastDescendant' in paragraph ? (paragraph as unknown as { getLastDescendant(): TextNode | null }).getLastDescendant() : null;
    if (text === null) throw new Error('the lede has no text to type into');
    text.spliceText(text.getTextContentSize(), 0, char, false);
  });
}

/** The baseline's client: a bare provider on an in-memory doc, typing into one Y.Text. */
function bareClient(collabUrl: string, name: string, token: string): { doc: Y.Doc; provider: HocuspocusProvider; synced(): boolean; close(): void } {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: collabUrl, WebSocketPolyfill: WebSocket });
  let synced = false;
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token, onSynced: ({ state }) => (synced = state) });
  // Given its socket, the provider waits to be attached (as hub-link.ts does).
  provider.attach();
  return {
    doc,
    provider,
    synced: () => synced && provider.unsyncedChanges === 0,
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/**
 * The sync path of issue 18's benchmarks, on a real hub process (embedded store) and two
 * workstations' replicas (real SQLite files, the headless editor bound to each):
 * - an edit typed on A until B's editor holds it, against the same trip between two bare
 *   providers on in-memory docs (no local log, no editor): what Galley adds to Hocuspocus;
 * - A and B each type `offlineKeys` keystrokes into the same paragraph while offline, then
 *   reconnect: the time until both hold the same text and the hub has all of it, against
 *   the same keystrokes on bare docs.
 * The browser's share (drawing the edit on screen) is in the typing benches.
 */
export async function benchHubSync(options: HubSyncBenchOptions): Promise<{ rows: BenchRow[]; details: HubSyncDetails }> {
  const dataDir = newHubDataDir();
  const stations: Workstation[] = [];
  const bare: Array<{ close(): void }> = [];
  const dir = mkdtempSync(join(tmpdir(), 'galley-bench-hub-'));
  let hub: HubProcess | null = null;
  try {
    await addHubUser(dataDir, 'wren', 'writer', HUB_TEST_PASSWORD);
    hub = await startHubProcess(dataDir);
    const token = (await hub.signIn('wren')).token;
    const station = (name: string, documentName: string): Workstation => {
      const opened = openWorkstation(join(dir, `${name}.sqlite`), documentName);
      stations.push(opened);
      return opened;
    };
    const synced = (s: Workstation): boolean => s.link?.state().kind === 'synced';

    // Live: one character at a time from A to B, each timed until B's editor has it.
    const live = await hub.newArticle(token);
    const [a, b] = [station('a', live), station('b', live)];
    seedDoc(a.replica.doc, richBody(), richMeta());
    a.connect(hub.url, token);
    await until('A to reach the hub', () => synced(a));
    b.connect(hub.url, token);
    await until('B to receive the article', () => synced(b) && ledeOf(b) === LEDE);
    const galleyTimes: number[] = [];
    let expected = LEDE;
    for (let i = 0; i < options.warmup + options.edits; i += 1) {
      const char = String.fromCharCode(97 + (i % 26));
      expected += char;
      const arrived = whenDoc(b.replica.doc, () => ledeOf(b) === expected);
      const started = performance.now();
      typeKey(a, char);
      await arrived;
      if (i >= options.warmup) galleyTimes.push(performance.now() - started);
    }
    options.log(`hub: ${options.edits} edits from A's editor to B's`);

    const liveBare = await hub.newArticle(token);
    const [x, y] = [bareClient(hub.collabUrl, liveBare, token), bareClient(hub.collabUrl, liveBare, token)];
    bare.push(x, y);
    await until('the bare clients to sync', () => x.synced() && y.synced());
    const bareTimes: number[] = [];
    const xText = x.doc.getText('t');
    const yText = y.doc.getText('t');
    for (let i = 0; i < options.warmup + options.edits; i += 1) {
      const length = xText.length + 1;
      const arrived = whenDoc(y.doc, () => yText.length === length);
      const started = performance.now();
      xText.insert(xText.length, String.fromCharCode(97 + (i % 26)));
      await arrived;
      if (i >= options.warmup) bareTimes.push(performance.now() - started);
    }
    options.log(`hub: ${options.edits} edits between bare providers`);

    // Reconnect after offline typing by two people in the same paragraph.
    const merged = await hub.newArticle(token);
    const [c, d] = [station('c', merged), station('d', merged)];
    seedDoc(c.replica.doc, richBody(), richMeta());
    c.connect(hub.url, token);
    await until('C to reach the hub', () => synced(c));
    d.connect(hub.url, token);
    await until('D to receive the article', () => synced(d) && ledeOf(d) === LEDE);
    c.link?.close();
    d.link?.close();
    for (let i = 0; i < options.offlineKeys; i += 1) {
      typeKey(c, 'c');
      typeKey(d, 'd');
    }
    const reconnectStarted = performance.now();
    c.connect(hub.url, token);
    d.connect(hub.url, token);
    await until(
      'C and D to agree after reconnecting',
      () => synced(c) && synced(d) && canonicalJson(c.replica.body()) === canonicalJson(d.replica.body()),
    );
    const galleyReconnect = performance.now() - reconnectStarted;
    const lede = ledeOf(c);
    const typed = { c: [...lede].filter((ch) => ch === 'c').length - [...LEDE].filter((ch) => ch === 'c').length, d: [...lede].filter((ch) => ch === 'd').length - [...LEDE].filter((ch) => ch === 'd').length };
    if (typed.c !== options.offlineKeys || typed.d !== options.offlineKeys) {
      throw new Error(`after reconnecting, the lede holds ${typed.c} of C's and ${typed.d} of D's ${options.offlineKeys} keystrokes`);
    }
    options.log(`hub: reconnect after ${options.offlineKeys} offline keystrokes each took ${galleyReconnect.toFixed(0)} ms`);

    const mergedBare = await hub.newArticle(token);
    const first = bareClient(hub.collabUrl, mergedBare, token);
    bare.push(first);
    await until('the first bare client to sync', () => first.synced());
    const seedState = Y.encodeStateAsUpdate(first.doc);
    first.close();
    const docs = [new Y.Doc(), new Y.Doc()];
    docs.forEach((doc) => Y.applyUpdate(doc, seedState));
    for (let i = 0; i < options.offlineKeys; i += 1) {
      docs.forEach((doc, n) => {
        const text = doc.getText('t');
        text.insert(text.length, n === 0 ? 'c' : 'd');
      });
    }
    const bareStarted = performance.now();
    const clients = docs.map((doc) => {
      const socket = new HocuspocusProviderWebsocket({ url: hub!.collabUrl, WebSocketPolyfill: WebSocket });
      const provider = new HocuspocusProvider({ websocketProvider: socket, name: mergedBare, document: doc, token });
      provider.attach();
      const client = { close: () => (provider.destroy(), socket.destroy()) };
      bare.push(client);
      return provider;
    });
    await until(
      'the bare docs to agree after reconnecting',
      () => clients.every((p) => p.isSynced && p.unsyncedChanges === 0) && docs[0]!.getText('t').toString() === docs[1]!.getText('t').toString() && docs[0]!.getText('t').length === 2 * options.offlineKeys,
    );
    const bareReconnect = performance.now() - bareStarted;

    const editToReplica = summarize(galleyTimes);
    const editToBareDoc = summarize(bareTimes);
    const rows = [
      row(GROUP, 'edit on A → B’s editor, p50', editToReplica.p50, editToBareDoc.p50, 'bare providers, in-memory docs', { maxMs: LIVE_TARGET_MS }),
      row(GROUP, 'edit on A → B’s editor, p95', editToReplica.p95, editToBareDoc.p95, 'bare providers, in-memory docs', { maxMs: LIVE_TARGET_MS }),
      row(GROUP, `reconnect after ${options.offlineKeys} offline keys each → all agree`, galleyReconnect, bareReconnect, 'bare providers, same keys'),
    ];
    return {
      rows,
      details: {
        editToReplica,
        editToBareDoc,
        reconnect: { galleyMs: galleyReconnect, bareMs: bareReconnect, keysEach: options.offlineKeys, updatesOnHubBytes: Y.encodeStateAsUpdate(c.replica.doc).byteLength },
      },
    };
  } finally {
    for (const client of bare) client.close();
    for (const s of stations) s.close();
    await hub?.stop();
    removeDataDirs();
    rmSync(dir, { recursive: true, force: true });
  }
}
