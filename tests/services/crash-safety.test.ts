import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startHostProcess } from '../support/host-process';
import { useTempDirs } from '../support/temp-dir';
import { bodyOfParagraphs } from '../support/bodies';
import { DATABASE_FILE } from '../../electron/services';
import { emptyBody, type ArticleBody } from '../../shared/content/body';

const tempDir = useTempDirs();

/**
 * The host is SIGKILLed at random moments while autosaves stream in, as a crash or a
 * power cut would stop it. Every save the host acknowledged before the kill must be on
 * disk afterwards, and the database must pass SQLite's integrity check.
 * (The browser-level version of this, with real typing, is tests/e2e/crash-safety.spec.ts.)
 */
describe('crash safety of autosave', () => {
  it('loses no acknowledged save across repeated SIGKILLs', async () => {
    const dataDir = tempDir();
    let host = await startHostProcess(dataDir);
    // A restarted host forgets its windows: the writer signs in again after every restart.
    const writer = await host.setUpWriter();
    const created = await host.rpc('articles.create', { meta: { headline: 'Crash test' } });
    const id = (created.value as { id: string }).id;
    const sent = new Map<number, ArticleBody>([[0, emptyBody()]]);
    let acknowledged = 0;
    let paragraphs: string[] = [];

    for (let round = 0; round < 6; round += 1) {
      // Keep saving, as autosave does while someone types, and kill the host mid-stream.
      const killAfterMs = 40 + Math.floor(Math.random() * 120);
      const killer = setTimeout(() => host.child.kill('SIGKILL'), killAfterMs);
      try {
        for (;;) {
          paragraphs = [...paragraphs, `Round ${round}, paragraph ${paragraphs.length}: the quick brown fox.`];
          const body = bodyOfParagraphs(...paragraphs);
          // Remember what is in flight: if the kill lands after the commit, this is on disk.
          sent.set(acknowledged + 1, body);
          const result = await host.rpc('articles.save', { id, baseVersion: acknowledged, body });
          if (!result.ok) throw new Error(`save refused: ${result.error?.code}`);
          acknowledged = (result.value as { version: number }).version;
        }
      } catch {
        // The connection died with the host: this save may or may not have landed.
      } finally {
        clearTimeout(killer);
      }
      await host.kill('SIGKILL');

      host = await startHostProcess(dataDir, writer);
      const loaded = await host.rpc('articles.get', { id });
      const article = loaded.value as { version: number; body: ArticleBody };
      // Nothing acknowledged is lost; at most the one in flight landed as well.
      expect(article.version).toBeGreaterThanOrEqual(acknowledged);
      expect(article.version).toBeLessThanOrEqual(acknowledged + 1);
      expect(article.body).toEqual(sent.get(article.version));
      acknowledged = article.version;
      paragraphs = (article.body.editorState.root.children as Array<{ children: Array<{ text: string }> }>).map(
        (p) => p.children[0]?.text ?? '',
      );
    }
    await host.kill('SIGTERM');

    expect(acknowledged).toBeGreaterThan(6);
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  }, 60_000);
});
