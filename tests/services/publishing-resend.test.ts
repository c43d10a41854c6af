import { describe, expect, it } from 'vitest';
import { useGalley } from '../support/galley';
import { bodyOfParagraphs } from '../support/bodies';
import { approvedArticle, newsroom } from '../support/publishing';

const newGalley = useGalley();

const auditActions = (db: ReturnType<typeof newGalley>['galley']['db'], articleId: string) =>
  (db.prepare('SELECT action FROM audit_log WHERE article_id = ? ORDER BY seq').all(articleId) as { action: string }[]).map((row) => row.action);

describe('Publish, pressed twice', () => {
  it('queues one job per target: the second press finds the first one’s jobs, sends nothing more and writes nothing', async () => {
    const g = newGalley();
    const n = newsroom(g);
    const id = await approvedArticle(n, bodyOfParagraphs('The council voted 7 to 2 on Tuesday.'));
    // A double click: both presses arrive before the outbox has sent anything.
    const [first, second] = (await Promise.all([n.desk.call('publishing.publish', { articleId: id }), n.desk.call('publishing.publish', { articleId: id })])).map((answer) => answer.jobs);
    expect(first).toHaveLength(1);
    expect(second?.map((job) => job.id)).toEqual(first?.map((job) => job.id));
    expect((await n.desk.call('publishing.queue', { offset: 0, limit: 50 })).total).toBe(1);
    await g.galley.services.publishing.drain();
    // Pressed again once it is out: still nothing new to send.
    expect((await n.desk.call('publishing.publish', { articleId: id })).jobs.map((job) => job.state)).toEqual(['done']);
    expect((await n.desk.call('publishing.queue', { offset: 0, limit: 50 })).total).toBe(1);
  });

  it('sends a published article again to a new target, and the audit log says who sent it where', async () => {
    const g = newGalley();
    const n = newsroom(g);
    const id = await approvedArticle(n, bodyOfParagraphs('The council voted 7 to 2 on Tuesday.'));
    await n.desk.call('publishing.publish', { articleId: id });
    await g.galley.services.publishing.drain();
    const second = await g.admin.call('publishing.targets.add', { name: 'Archive', config: { kind: 'folder', settings: { path: `${g.dataDir}/archive` } } });
    const { jobs } = await n.desk.call('publishing.publish', { articleId: id, targetIds: [second.id] });
    expect(jobs.map((job) => job.targetName)).toEqual(['Archive']);
    expect(auditActions(g.galley.db, id).filter((action) => action.startsWith('publishing.'))).toEqual(['publishing.resend']);
  });
});
