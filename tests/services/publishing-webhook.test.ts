import { afterEach, describe, expect, it } from 'vitest';
import { useGalley } from '../support/galley';
import { useTempDirs } from '../support/temp-dir';
import { bodyOfParagraphs } from '../support/bodies';
import { approvedArticle, fakeClock, newsroom, step } from '../support/publishing';
import { startReceiver } from '../support/webhook-receiver';
import { encryptedFileStore } from '../../electron/publishing/credentials/encrypted-file';
import { NinjsSchema } from '../../shared/content/render/ninjs';
import { ninjsErrors } from '../support/standards';

const newGalley = useGalley();
const tempDir = useTempDirs();
const SECRET = 'whsec-harbour-4471';
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function setUp(statuses: number[] = [], receiverSecret = SECRET) {
  const receiver = await startReceiver(receiverSecret, statuses);
  closers.push(receiver.close);
  const clock = fakeClock();
  const dataDir = tempDir();
  const g = newGalley(dataDir, { now: clock.now, publishing: { secrets: encryptedFileStore(dataDir, { GALLEY_SECRET_KEY: 'test passphrase' }), random: () => 0.5 } });
  const n = newsroom(g);
  const target = await g.admin.call('publishing.targets.add', { name: 'Wire', config: { kind: 'webhook', settings: { url: receiver.url } }, secrets: { signingSecret: SECRET } });
  const id = await approvedArticle(n, bodyOfParagraphs('The council voted 7 to 2 on Tuesday.'));
  return { receiver, clock, g, n, target, id };
}

describe('the webhook target, to a real receiver on 127.0.0.1', () => {
  it('posts signed ninjs on publish, and an unpublished event on unpublish', async () => {
    const { receiver, g, n, id } = await setUp();
    await step(n.desk, { articleId: id, action: 'publish' });
    await g.galley.services.publishing.drain();
    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(delivery).toMatchObject({ event: 'published', signatureValid: true });
    expect(ninjsErrors(JSON.parse(delivery!.body))).toEqual([]);
    const ninjs = NinjsSchema.parse(JSON.parse(delivery!.body));
    expect(ninjs.headlines[0]?.value).toBe('Harbour bridge approved');
    const wire = (await n.desk.call('publishing.forArticle', { articleId: id })).find((p) => p.targetName === 'Wire');
    expect(wire).toMatchObject({ remote: 'live', url: 'https://news.example/harbour-bridge', job: { state: 'done' } });
    expect(delivery!.id).toBe(wire!.job!.id);

    await step(n.desk, { articleId: id, action: 'unpublish' });
    await g.galley.services.publishing.drain();
    expect(receiver.received.map((d) => d.event)).toEqual(['published', 'unpublished']);
    expect(JSON.parse(receiver.received[1]!.body)).toMatchObject({ pubstatus: 'canceled', uri: `urn:galley:article:${id}` });
    expect(ninjsErrors(JSON.parse(receiver.received[1]!.body))).toEqual([]);
  });

  it('retries after a 500 with the same delivery id: the receiver processes exactly one delivery for the job', async () => {
    const { receiver, clock, g, n, id } = await setUp([500, 200]);
    await step(n.desk, { articleId: id, action: 'publish' });
    await g.galley.services.publishing.drain();
    const wire = () => n.desk.call('publishing.forArticle', { articleId: id }).then((all) => all.find((p) => p.targetName === 'Wire'));
    expect((await wire())?.job).toMatchObject({ state: 'retrying', lastError: expect.stringContaining('had an internal error (HTTP 500)') });
    clock.advance(60_000);
    await g.galley.services.publishing.drain();
    expect((await wire())?.job).toMatchObject({ state: 'done', attempts: 2 });
    expect(receiver.received).toHaveLength(2);
    expect(new Set(receiver.received.map((d) => d.id)).size).toBe(1);
    expect(receiver.processed.size).toBe(1);
  });

  it('says in plain words what is wrong: a wrong secret, an unreachable address, or all is well', async () => {
    const { g, target } = await setUp([], 'another secret');
    expect(await g.admin.call('publishing.targets.test', { id: target.id })).toEqual({ ok: false, message: expect.stringMatching(/refused the credentials/) });
    await g.admin.call('publishing.targets.update', { id: target.id, secrets: { signingSecret: 'another secret' } });
    expect(await g.admin.call('publishing.targets.test', { id: target.id })).toEqual({ ok: true, message: expect.stringMatching(/accepted a signed test delivery/) });
    // An address where nothing listens (a port just freed).
    const gone = await startReceiver(SECRET);
    await gone.close();
    await g.admin.call('publishing.targets.update', { id: target.id, settings: { url: gone.url } });
    expect(await g.admin.call('publishing.targets.test', { id: target.id })).toEqual({ ok: false, message: expect.stringMatching(/refused the connection: is the site running\?/) });
  });
});
