import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useGalley } from '../support/galley';
import { useTempDirs } from '../support/temp-dir';
import { bodyOfParagraphs } from '../support/bodies';
import { approvedArticle, newsroom, step } from '../support/publishing';
import { encryptedFileStore } from '../../electron/publishing/credentials/encrypted-file';

const newGalley = useGalley();
const tempDir = useTempDirs();
const SECRET = 'zebra-unicorn-4471-signing';

/** Every byte Galley keeps in the data directory, except the sealed secrets file. */
function databaseBytes(dataDir: string): Buffer {
  return Buffer.concat(readdirSync(dataDir).filter((name) => name.startsWith('galley.sqlite')).map((name) => readFileSync(join(dataDir, name))));
}

describe('publishing credentials', () => {
  it('never reach SQLite, the log, or a caller; they are sealed in the secrets file', async () => {
    const dataDir = tempDir();
    const logged: string[] = [];
    const g = newGalley(dataDir, {
      log: (message, error) => logged.push(`${message} ${String(error)} ${error instanceof Error ? (error.stack ?? '') : ''}`),
      publishing: { secrets: encryptedFileStore(dataDir, { GALLEY_SECRET_KEY: 'newsroom passphrase' }) },
    });
    const n = newsroom(g);
    // An address no client may connect to: the publish fails, in words.
    const target = await g.admin.call('publishing.targets.add', { name: 'Wire', config: { kind: 'webhook', settings: { url: 'http://127.0.0.1:9/hook' } }, secrets: { signingSecret: SECRET } });
    expect(target.secretsSet).toEqual(['signingSecret']);
    expect(JSON.stringify(await n.desk.call('publishing.targets.list', {}))).not.toContain(SECRET);
    const id = await approvedArticle(n, bodyOfParagraphs('The council voted 7 to 2.'));
    await step(n.desk, { articleId: id, action: 'publish' });
    await g.galley.services.publishing.drain();
    expect(JSON.stringify(await n.desk.call('publishing.queue', {}))).not.toContain(SECRET);
    g.galley.db.pragma('wal_checkpoint(FULL)');

    expect(databaseBytes(dataDir).includes(SECRET)).toBe(false);
    expect(databaseBytes(dataDir).includes(Buffer.from(SECRET, 'utf16le'))).toBe(false);
    expect(readFileSync(join(dataDir, 'secrets.enc.json'), 'utf8')).not.toContain(SECRET);
    expect(logged.join('\n')).not.toContain(SECRET);
    const audit = await g.admin.call('audit.list', { offset: 0, limit: 50 });
    expect(JSON.stringify(audit)).not.toContain(SECRET);
  });

  it('says how to give the key when none is set, and adds nothing', async () => {
    const dataDir = tempDir();
    const g = newGalley(dataDir, { publishing: { secrets: encryptedFileStore(dataDir, {}) } });
    const refused = await g.admin.raw('publishing.targets.add', { name: 'Wire', config: { kind: 'webhook', settings: { url: 'http://127.0.0.1:9/' } }, secrets: { signingSecret: SECRET } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', message: expect.stringContaining('Set GALLEY_SECRET_KEY') } });
    expect((await g.admin.call('publishing.targets.list', {})).map((t) => t.name)).toEqual(['Folder']);
  });

  it('refuses to open the secrets with another key, in plain words', async () => {
    const dataDir = tempDir();
    const first = newGalley(dataDir, { publishing: { secrets: encryptedFileStore(dataDir, { GALLEY_SECRET_KEY: 'right key' }) } });
    const target = await first.admin.call('publishing.targets.add', { name: 'Wire', config: { kind: 'webhook', settings: { url: 'http://127.0.0.1:9/' } }, secrets: { signingSecret: SECRET } });
    first.galley.close();
    const second = newGalley(dataDir, { publishing: { secrets: encryptedFileStore(dataDir, { GALLEY_SECRET_KEY: 'wrong key' }) } });
    expect(await second.admin.call('publishing.targets.test', { id: target.id })).toEqual({
      ok: false,
      message: expect.stringContaining('could not be opened with the key in GALLEY_SECRET_KEY'),
    });
  });

  it('asks for a target’s secret when it is added without one', async () => {
    const dataDir = tempDir();
    const g = newGalley(dataDir, { publishing: { secrets: encryptedFileStore(dataDir, { GALLEY_SECRET_KEY: 'k' }) } });
    const refused = await g.admin.raw('publishing.targets.add', { name: 'Wire', config: { kind: 'webhook', settings: { url: 'http://127.0.0.1:9/' } } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: 'A webhook target needs its signing secret.' } });
  });
});
