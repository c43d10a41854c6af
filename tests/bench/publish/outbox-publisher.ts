import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openGalley } from '../../../electron/services';
import { encryptedFileStore } from '../../../electron/publishing/credentials/encrypted-file';
import type { OutgoingArticle } from '../../../electron/publishing/targets/target';
import { seededClient, TEST_PASSWORD_PARAMS, type TestClient } from '../../support/seed-session';
import { step } from '../../support/publishing';
import type { GalleyPublisher } from './publish';

const SECRET_KEY = 'bench secret key';

/**
 * Galley's side of the publish bench, as a desk chief's Publish goes: the workflow step
 * and its outbox job in one transaction, then the outbox sends it (payload from the
 * approved revision, redaction, rendering, the Ghost target) and records the answer. The
 * articles are written, edited and approved beforehand, outside the timing.
 */
export async function outboxPublisher(
  site: { url: string; adminApiKey: string },
  articles: readonly OutgoingArticle[],
): Promise<{ publish: GalleyPublisher; close: () => void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'galley-bench-outbox-'));
  const galley = openGalley({
    dataDir,
    log: () => {},
    passwordParams: TEST_PASSWORD_PARAMS,
    publishing: { secrets: encryptedFileStore(dataDir, { GALLEY_SECRET_KEY: SECRET_KEY }) },
  });
  const client = (name: string, role: Parameters<typeof seededClient>[2]): TestClient => seededClient(galley, name, role);
  const admin = client('admin', 'admin');
  const writer = client('writer', 'writer');
  const editor = client('ed', 'editor');
  const desk = client('dee', 'desk_chief');
  const ghost = await admin.call('publishing.targets.add', {
    name: 'Ghost',
    config: { kind: 'ghost', settings: { siteUrl: site.url } },
    secrets: { adminApiKey: site.adminApiKey },
  });
  const jobState = galley.db.prepare<[string], { state: string }>('SELECT state FROM publishing_jobs WHERE id = ?');
  const galleyIds = new Map<string, string>();
  for (const article of articles) {
    const created = await writer.call('articles.create', { meta: article.meta });
    // The article's sources go into Galley's library; the body then names them by their new ids.
    let bodyJson = JSON.stringify(article.body);
    for (const { id, createdAt: _c, updatedAt: _u, ...fields } of article.sources) {
      const source = await writer.call('sources.create', { fields, attachTo: created.id });
      bodyJson = bodyJson.replaceAll(id, source.id);
    }
    await writer.call('articles.save', { id: created.id, baseVersion: created.version, body: JSON.parse(bodyJson) as OutgoingArticle['body'] });
    await step(writer, { articleId: created.id, action: 'submit' });
    await step(editor, { articleId: created.id, action: 'take' });
    await step(editor, { articleId: created.id, action: 'pass' });
    await step(desk, { articleId: created.id, action: 'approve' });
    galleyIds.set(article.articleId, created.id);
  }
  return {
    publish: async (article) => {
      const id = galleyIds.get(article.articleId);
      if (id === undefined) throw new Error(`article ${article.articleId} was not prepared`);
      const { jobs } = await desk.call('publishing.publish', { articleId: id, targetIds: [ghost.id] });
      await galley.services.publishing.drain();
      const job = jobs[0] === undefined ? undefined : jobState.get(jobs[0].id);
      if (job?.state !== 'done') throw new Error(`publishing ${id} ended ${job?.state ?? 'without a job'}`);
    },
    close: () => {
      galley.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
