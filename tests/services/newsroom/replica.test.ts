import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import * as Y from 'yjs';
import { openDatabase, type Db } from '../../../electron/db/connection';
import { collabRepository } from '../../../electron/newsroom/replica/collab-repository';
import { openReplica } from '../../../electron/newsroom/replica/replica';
import { seedDoc, writeMeta } from '../../../shared/collab';
import { canonicalJson } from '../../../shared/content/canonical-json';
import { emptyBody } from '../../../shared/content/body';
import { useTempDirs } from '../../support/temp-dir';
import { $firstTextOf, edit, LEDE, richBody, richMeta } from '../../unit/collab/fixtures';

const tempDir = useTempDirs();
const DOC = 'article:harbour';

function library(): { file: string; open: () => Db } {
  const file = join(tempDir(), 'library.sqlite');
  return { file, open: () => openDatabase(file) };
}

describe('the local replica of a shared article', () => {
  it('keeps every update in the library and gives the same article back after a restart', () => {
    const lib = library();
    const db = lib.open();
    const replica = openReplica(db, DOC);
    expect(canonicalJson(replica.body())).toBe(canonicalJson(emptyBody()));
    seedDoc(replica.doc, richBody(), richMeta());
    edit(replica.editor, () => $firstTextOf(0).spliceText(0, 3, 'A', false));
    writeMeta(replica.doc, { ...richMeta(), headline: 'Board shuts the north quay' });
    const before = replica.body();
    expect(replica.failure()).toBeNull();
    expect(collabRepository(db).count(DOC)).toBe(3);
    replica.close();
    db.close();

    const reopenedDb = lib.open();
    const reopened = openReplica(reopenedDb, DOC);
    expect(canonicalJson(reopened.body())).toBe(canonicalJson(before));
    expect(reopened.meta().headline).toBe('Board shuts the north quay');
    // Replaying is not editing: the log is exactly as it was.
    expect(collabRepository(reopenedDb).count(DOC)).toBe(3);
    expect(reopened.waitingChanges()).toBe(3);
    reopened.close();
    reopenedDb.close();
  });

  it('counts only edits made here as waiting, and stops counting them once the hub has them', () => {
    const lib = library();
    const db = lib.open();
    const replica = openReplica(db, DOC);
    const hub = Symbol('hub');
    replica.receivesFrom(hub);
    const elsewhere = new Y.Doc();
    seedDoc(elsewhere, richBody());
    Y.applyUpdate(replica.doc, Y.encodeStateAsUpdate(elsewhere), hub);
    expect(replica.waitingChanges()).toBe(0);
    edit(replica.editor, () => $firstTextOf(0).spliceText(LEDE.length - 1, 0, ' today', false));
    edit(replica.editor, () => $firstTextOf(0).spliceText(0, 0, 'Update: ', false));
    expect(replica.waitingChanges()).toBe(2);
    replica.markAllOnHub('2026-03-01T10:00:00.000Z');
    expect(replica.waitingChanges()).toBe(0);
    expect(replica.hubMark()).toEqual({ hubSeq: collabRepository(db).lastSeq(DOC), syncedAt: '2026-03-01T10:00:00.000Z' });
    edit(replica.editor, () => $firstTextOf(0).spliceText(0, 0, 'Late ', false));
    expect(replica.waitingChanges()).toBe(1);
    replica.close();
    db.close();
  });

  it('keeps typing and receiving when the disk is full, and logs what it could not once there is room', () => {
    const lib = library();
    const db = lib.open();
    const replica = openReplica(db, DOC);
    const hub = Symbol('hub');
    replica.receivesFrom(hub);
    seedDoc(replica.doc, richBody(), richMeta());
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(replica.doc));

    // SQLite's own "database or disk is full": the file may not grow by a single page more.
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const big = 'x'.repeat(64 * 1024);
    edit(replica.editor, () => $firstTextOf(0).spliceText(0, 0, `${big} `, false));
    writeMeta(elsewhere, { ...richMeta(), section: 'Received while full' });
    // A remote update must not throw into whoever applies it (the provider's socket handler).
    expect(() => Y.applyUpdate(replica.doc, Y.encodeStateAsUpdate(elsewhere, Y.encodeStateVector(replica.doc)), hub)).not.toThrow();
    expect(replica.unsaved()).toMatchObject({ updates: 2, error: expect.objectContaining({ message: expect.stringMatching(/full/) }) });

    db.pragma('max_page_count = 1073741823');
    edit(replica.editor, () => $firstTextOf(0).spliceText(0, 0, 'Then: ', false));
    expect(replica.unsaved()).toEqual({ updates: 0, error: null });
    expect(replica.waitingChanges()).toBe(3);
    const body = replica.body();
    replica.close();

    const reopened = openReplica(db, DOC);
    expect(canonicalJson(reopened.body())).toBe(canonicalJson(body));
    expect(reopened.meta().section).toBe('Received while full');
    expect(reopened.waitingChanges()).toBe(3);
    reopened.close();
    db.close();
  });

  it('folds a long log into one row, keeping the text and the count of changes still waiting', () => {
    const lib = library();
    const db = lib.open();
    const replica = openReplica(db, DOC, { compactAfter: 20 });
    seedDoc(replica.doc, richBody(), richMeta());
    replica.markAllOnHub('2026-03-01T10:00:00.000Z');
    const typed = 'Tuesday night, ';
    for (let i = 0; i < typed.length; i += 1) {
      edit(replica.editor, () => $firstTextOf(0).spliceText(i, 0, typed[i]!, false));
    }
    // 1 seed + 15 keystrokes: not yet past the threshold; the next ones fold the log.
    expect(collabRepository(db).count(DOC)).toBe(16);
    const more = 'late ';
    for (let i = 0; i < more.length; i += 1) {
      edit(replica.editor, () => $firstTextOf(0).spliceText(typed.length + i, 0, more[i]!, false));
    }
    expect(collabRepository(db).count(DOC)).toBeLessThan(20);
    expect(replica.waitingChanges()).toBe(typed.length + more.length);
    const body = replica.body();
    replica.close();

    const reopened = openReplica(db, DOC);
    expect(canonicalJson(reopened.body())).toBe(canonicalJson(body));
    expect(reopened.body().editorState.root.children[0]).toMatchObject({ children: [{ text: `${typed}${more}${LEDE}` }] });
    expect(reopened.waitingChanges()).toBe(typed.length + more.length);
    reopened.close();
    db.close();
  });

  it('compacts correctly while another connection appends to the same document', () => {
    const lib = library();
    const first = lib.open();
    const second = lib.open();
    const a = openReplica(first, DOC);
    const b = openReplica(second, DOC);
    // A's seed is in the log but not in B's doc: a compaction that encoded B's doc would drop it.
    seedDoc(a.doc, richBody(), richMeta());
    writeMeta(b.doc, { ...richMeta(), headline: 'From the second window' });
    collabRepository(second).compact(DOC);
    expect(collabRepository(first).count(DOC)).toBe(1);
    a.close();
    b.close();

    const reopened = openReplica(first, DOC);
    expect(reopened.body().editorState.root.children).toHaveLength(richBody().editorState.root.children.length);
    expect(reopened.meta().headline).toContain('From the second window');
    expect(reopened.waitingChanges()).toBe(2);
    reopened.close();
    first.close();
    second.close();
  });
});
