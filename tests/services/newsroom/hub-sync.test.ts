import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { $getRoot } from 'lexical';
import { seedDoc, writeMeta } from '../../../shared/collab';
import { canonicalJson } from '../../../shared/content/canonical-json';
import { articleDocumentName } from '../../../shared/contract/hub';
import { useTempDirs } from '../../support/temp-dir';
import { $firstTextOf, edit, LEDE, richBody, richMeta } from '../../unit/collab/fixtures';
import { startLoopbackProxy, type LoopbackProxy } from '../../support/loopback-proxy';
import { HUB_TOKEN, startTestHub, type TestHub } from './support/test-hub';
import { isSynced, openWorkstation, waitFor, type Workstation } from './support/workstation';

const tempDir = useTempDirs();
const DOC = articleDocumentName('harbour-quay');
const LONG = 120_000;

// Everything a test starts, stopped after it whatever happened.
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
async function hub(store = new Map<string, Uint8Array>(), port = 0): Promise<TestHub> {
  const started = await startTestHub(store, port);
  cleanups.push(() => started.stop());
  return started;
}
async function proxyTo(target: TestHub): Promise<LoopbackProxy> {
  const proxy = await startLoopbackProxy(Number(new URL(target.address).port));
  cleanups.push(() => proxy.close());
  return proxy;
}
function station(name: string): Workstation {
  const opened = openWorkstation(join(tempDir(), `${name}.sqlite`), DOC);
  cleanups.push(() => opened.close());
  return opened;
}
/** A top-level block's text as the workstation's editor holds it. */
function textOfBlock(ws: Workstation, index: number): string {
  ws.replica.body(); // applies any change still queued for the editor
  return ws.replica.editor.getEditorState().read(() => $getRoot().getChildAtIndex(index)?.getTextContent() ?? '');
}
const lede = (ws: Workstation): string => textOfBlock(ws, 0);
const sameBody = (a: Workstation, b: Workstation): boolean => canonicalJson(a.replica.body()) === canonicalJson(b.replica.body());

/** Seeds the article on A and waits until the hub has it and B has received it. */
async function sharedArticle(target: { address: string }, a: Workstation, b: Workstation, addressB = target.address): Promise<void> {
  seedDoc(a.replica.doc, richBody(), richMeta());
  a.connect(target.address, HUB_TOKEN);
  await waitFor('A to reach the hub', () => isSynced(a));
  b.connect(addressB, HUB_TOKEN);
  await waitFor('B to receive the article', () => isSynced(b) && lede(b) === LEDE);
}

describe('workstations sharing an article through a hub', () => {
  it('online: an edit on A reaches B', { timeout: LONG }, async () => {
    const running = await hub();
    const [a, b] = [station('a'), station('b')];
    await sharedArticle(running, a, b);
    expect(sameBody(a, b)).toBe(true);
    expect(b.replica.meta()).toEqual(richMeta());

    edit(a.replica.editor, () => $firstTextOf(0).spliceText(0, 0, 'Breaking: ', false));
    await waitFor('B to see A’s edit', () => lede(b) === `Breaking: ${LEDE}`);
    await waitFor('A to be synced', () => isSynced(a));
    expect(a.replica.waitingChanges()).toBe(0);
  });

  it('offline: A and B edit the same paragraph apart, and converge character by character', { timeout: LONG }, async () => {
    const running = await hub();
    const [toA, toB] = [await proxyTo(running), await proxyTo(running)];
    const [a, b] = [station('a'), station('b')];
    await sharedArticle({ address: toA.address }, a, b, toB.address);

    toA.cut();
    toB.cut();
    await waitFor('both to see they are offline', () => a.link?.state().kind === 'offline' && b.link?.state().kind === 'offline');
    // The same sentence: A inserts a word, B rewrites another; each edits elsewhere too.
    edit(a.replica.editor, () => $firstTextOf(0).spliceText(LEDE.indexOf('voted'), 0, 'narrowly ', false));
    edit(a.replica.editor, () => $firstTextOf(7).spliceText(0, 0, 'Meanwhile, ', false));
    edit(b.replica.editor, () => $firstTextOf(0).spliceText(LEDE.indexOf('close'), 'close'.length, 'shut', false));
    writeMeta(b.replica.doc, { ...richMeta(), headline: 'Harbour board shuts the north quay' });
    expect(a.link?.state()).toMatchObject({ kind: 'offline', changes: 2 });
    expect(b.link?.state()).toMatchObject({ kind: 'offline', changes: 2 });

    toA.restore();
    toB.restore();
    await waitFor('both to be synced and identical', () => isSynced(a) && isSynced(b) && sameBody(a, b) && lede(a).includes('shut') && lede(b).includes('narrowly'));
    expect(lede(a)).toBe('The harbour board narrowly voted on Tuesday to shut the north quay.');
    expect(textOfBlock(b, 7)).toBe('Meanwhile, The board meets again next month.');
    expect(a.replica.meta()).toEqual(b.replica.meta());
    expect(a.replica.meta().headline).toBe('Harbour board shuts the north quay');
  });

  it('says offline → waiting → synced, keeps the count of waiting changes across a restart, and copes with no hub at start', { timeout: LONG }, async () => {
    const running = await hub();
    const proxy = await proxyTo(running);
    proxy.cut();
    const file = join(tempDir(), 'desk.sqlite');
    const first = openWorkstation(file, DOC);
    cleanups.push(() => first.close());
    first.connect(proxy.address, HUB_TOKEN);
    expect(first.link?.state()).toMatchObject({ kind: 'offline', changes: 0 });
    seedDoc(first.replica.doc, richBody(), richMeta());
    edit(first.replica.editor, () => $firstTextOf(0).spliceText(0, 0, 'Update: ', false));
    writeMeta(first.replica.doc, { ...richMeta(), section: 'Business' });
    expect(first.link?.state()).toMatchObject({ kind: 'offline', changes: 3 });
    first.close();

    // Restart: a new link on the same file, still without a hub.
    const again = openWorkstation(file, DOC);
    cleanups.push(() => again.close());
    again.connect(proxy.address, HUB_TOKEN);
    expect(again.link?.state()).toMatchObject({ kind: 'offline', changes: 3 });

    proxy.restore();
    await waitFor('the restarted desk to sync', () => isSynced(again));
    const kinds = again.states.map((state) => state.kind);
    expect(kinds[0]).toBe('offline');
    expect(again.states).toContainEqual({ kind: 'waiting', changes: 3 });
    expect(kinds.indexOf('waiting')).toBeLessThan(kinds.lastIndexOf('synced'));
    expect(again.replica.waitingChanges()).toBe(0);

    // And the hub really has it: a new desk receives all three changes.
    const reader = station('reader');
    reader.connect(running.address, HUB_TOKEN);
    await waitFor('a new desk to receive the article', () => isSynced(reader) && lede(reader) === `Update: ${LEDE}`);
    expect(reader.replica.meta().section).toBe('Business');
  });

  it('crash: a workstation killed after typing offline delivers every keystroke when it restarts', { timeout: LONG }, async () => {
    const running = await hub();
    const proxy = await proxyTo(running);
    const [a, b] = [station('a'), station('b')];
    await sharedArticle(running, a, b);

    // The crashing desk's library already holds the article (it was synced once).
    const file = join(tempDir(), 'crashing.sqlite');
    const before = openWorkstation(file, DOC);
    before.connect(running.address, HUB_TOKEN);
    await waitFor('the desk to sync once', () => isSynced(before) && lede(before) === LEDE);
    before.close();

    proxy.cut();
    const words = 'Late night: ';
    const editing = child({ mode: 'edit', file, documentName: DOC, hub: proxy.address, token: HUB_TOKEN, words });
    expect(await editing.line()).toBe(`edited ${words.length}`);
    editing.process.kill('SIGKILL');
    await editing.exited;

    const delivering = child({ mode: 'deliver', file, documentName: DOC, hub: running.address, token: HUB_TOKEN });
    expect(await delivering.line()).toBe('synced');
    await delivering.exited;
    await waitFor('B to see every keystroke', () => lede(b) === `${words}${LEDE}`);
    await waitFor('A to see every keystroke', () => lede(a) === `${words}${LEDE}`);
    expect(sameBody(a, b)).toBe(true);
  });
});

const SCRIPT = fileURLToPath(new URL('./support/workstation-process.ts', import.meta.url));

/** The workstation process, its first line of output, and its end; killed by the cleanup if still running. */
function child(args: Record<string, string>): { process: ChildProcess; line: () => Promise<string>; exited: Promise<void> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', SCRIPT, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  cleanups.push(async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGKILL');
      await exited;
    }
  });
  const lines = createInterface({ input: proc.stdout! });
  const first = new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    proc.once('exit', (code, signal) => reject(new Error(`workstation process ended (${code ?? signal}) before saying anything`)));
  });
  return { process: proc, line: () => first, exited };
}
