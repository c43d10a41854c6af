import { describe, expect, it } from 'vitest';
import { HUB_TEST_MS, useNewsroomHub } from './support/newsroom-hub';
import { useGalley } from '../../support/galley';
import { startLoopbackProxy, type LoopbackProxy } from '../../support/loopback-proxy';
import { bodyFromDoc, metaFromDoc } from '../../../shared/collab';
import { contentHash } from '../../../shared/node/content-hash';
import { articleDocumentName } from '../../../shared/contract/hub';
import { openCollabClient } from '../../hub/support/collab-client';
import { waitFor } from './support/workstation';
import { $firstTextOf, edit } from '../../unit/collab/fixtures';
import { hubLinks } from '../../../electron/newsroom/steps/hub-links';
import { hubSteps } from '../../../electron/newsroom/steps/hub-steps';

/**
 * Issue 18, "the hub decides": a step on a joined workstation's shared article goes to the
 * real hub (built: `npm run build`) as a stateless message and is applied here only as the
 * hub answered; with the hub out of reach it is refused, saying since when.
 */
const newGalley = useGalley();
const LONG = HUB_TEST_MS;
const newsroom = useNewsroomHub();

describe('workflow steps on a shared article', () => {
  it('are decided by the hub and applied here as it answered', async () => {
    const g = newGalley();
    const { articleId, link } = await newsroom.sharedArticle(g, 'wren');

    const submitted = await g.call('workflow.transition', { articleId, action: 'submit' });
    expect(submitted).toMatchObject({ outcome: 'done', status: { state: 'submitted' } });
    expect(link.access()).toEqual({ state: 'submitted', readOnly: true });
    // The hub has it submitted too: its desk chief may take it.
    const chief = openCollabClient(newsroom.hub().collabUrl, articleDocumentName(articleId), newsroom.token('dora'));
    newsroom.afterTest(() => chief.destroy());
    await waitFor('the desk chief to sync', () => chief.synced);
    expect(await chief.step({ action: 'take' })).toMatchObject({ ok: true, state: 'in_edit' });

    // A step this workstation's policy allows but the hub refuses (on the hub this
    // workstation is wren, a writer, who may not take an article) is not applied here.
    const desk = g.as('dana', 'desk_chief');
    expect(await desk.raw('workflow.transition', { articleId, action: 'take' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await g.call('workflow.status', { articleId })).state).toBe('submitted');
  }, LONG);

  it('approve with the hash of the text the approver read, the hub’s own rule, and record the approval here', async () => {
    const g = newGalley();
    const desk = g.as('dana', 'desk_chief');
    // On the hub this workstation is dora, a desk chief: the hub's registry has her as the author.
    const { articleId, replica, link } = await newsroom.sharedArticle(g, 'dora');
    await g.call('workflow.transition', { articleId, action: 'submit' });
    expect(await desk.call('workflow.transition', { articleId, action: 'take' })).toMatchObject({ status: { state: 'in_edit' } });
    // The desk chief's last touch, on the hub a moment before approving; the row here has not been written back yet.
    edit(replica.editor, () => $firstTextOf(0).spliceText(0, 0, 'Final: ', false));
    await waitFor('the touch to be on the hub', () => link.state().kind === 'synced');
    const approved = await desk.call('workflow.transition', { articleId, action: 'approve', acknowledgements: [] });
    expect(approved).toMatchObject({ outcome: 'done', status: { state: 'approved' } });
    expect(link.access()?.state).toBe('approved');
    // The hub approved the text it holds, which is the text the approver read here,
    // and the approval recorded here binds the same hash.
    // Read by a desk chief (who may read every article: shared/workflow/read-policy.ts).
    const reader = openCollabClient(newsroom.hub().collabUrl, articleDocumentName(articleId), newsroom.token('dora'));
    newsroom.afterTest(() => reader.destroy());
    await waitFor('a reader to sync', () => reader.synced);
    const onHub = contentHash(metaFromDoc(reader.doc), bodyFromDoc(reader.doc));
    expect(contentHash(replica.meta(), replica.body())).toBe(onHub);
    expect(approved.outcome === 'done' && approved.status.approval?.contentHash).toBe(onHub);
  }, LONG);

  it('are refused while the hub cannot be reached, saying since when, and nothing changes here', async () => {
    const g = newGalley();
    const proxy: LoopbackProxy = await startLoopbackProxy(newsroom.hub().port);
    newsroom.afterTest(() => proxy.close());
    const { articleId, link } = await newsroom.sharedArticle(g, 'wren', { address: proxy.address });
    proxy.cut();
    await waitFor('the link to go offline', () => link.state().kind === 'offline');
    const since = (link.state() as { since: string }).since;

    const refused = await g.raw('workflow.transition', { articleId, action: 'submit' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'OFFLINE' } });
    expect(JSON.stringify(refused)).toContain(`needs the hub: offline since ${since}`);
    expect((await g.call('workflow.status', { articleId })).state).toBe('draft');

    // Back online: the same step goes through the hub.
    proxy.restore();
    await waitFor('the link to be back', () => link.state().kind === 'synced');
    expect(await g.call('workflow.transition', { articleId, action: 'submit' })).toMatchObject({ outcome: 'done', status: { state: 'submitted' } });
  }, LONG);

  it('on a shared article that is not open here are still the hub’s: refused, saying to open it, never decided here', async () => {
    const shared = '7a3e2c1b-0f4d-4e8a-9b6c-5d4e3f2a1b0c';
    const steps = hubSteps(hubLinks(), { isShared: (id) => id === shared });
    expect(steps.decides(shared)).toBe(true);
    expect(steps.decides('1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9')).toBe(false);
    await expect(steps.ask(shared, 'submit')).rejects.toMatchObject({ code: 'OFFLINE', message: expect.stringContaining('open it') });
  });
});
