import { findingKey } from '../../shared/checks/finding';
import type { ChannelInput } from '../../shared/contract/channels';
import type { ArticleBody } from '../../shared/content/body';
import type { TargetFactories } from '../../electron/publishing/targets/index';
import { targetFactories } from '../../electron/publishing/targets/index';
import type { OutgoingArticle, PublishTarget, RemoteRef } from '../../electron/publishing/targets/target';
import type { TestClient, TestGalley } from './galley';

export const GOOD_META = { headline: 'Harbour bridge approved', dek: 'The council says yes.', bylines: ['Wren Writer'], section: 'City', tags: ['harbour', 'council'], slug: 'harbour-bridge' };

/** A step that must happen; an approval acknowledges every warning, as a desk chief would one by one. */
export async function step(client: TestClient, input: ChannelInput<'workflow.transition'>): Promise<void> {
  let result = await client.call('workflow.transition', input);
  if (result.outcome === 'refused' && input.action === 'approve' && result.blocking.length === 0) {
    result = await client.call('workflow.transition', { ...input, acknowledgements: result.unacknowledged.map(findingKey) });
  }
  if (result.outcome !== 'done') throw new Error(`refused: ${result.message}`);
}

/** The newsroom of a publishing test: the writer, an editor and a desk chief. */
export function newsroom(g: TestGalley) {
  return { g, writer: g as TestClient, editor: g.as('ed', 'editor', 'Ed Editor'), desk: g.as('dee', 'desk_chief', 'Dee Desk') };
}
export type Newsroom = ReturnType<typeof newsroom>;

/** An article written, edited, passed and approved (not yet published). */
export async function approvedArticle(n: Newsroom, body: ArticleBody, meta: Partial<typeof GOOD_META> = GOOD_META, sources: string[] = []): Promise<string> {
  const a = await n.writer.call('articles.create', { meta });
  for (const sourceId of sources) await n.writer.call('sources.attach', { articleId: a.id, sourceId });
  await n.writer.call('articles.save', { id: a.id, baseVersion: a.version, body });
  await step(n.writer, { articleId: a.id, action: 'submit' });
  await step(n.editor, { articleId: a.id, action: 'take' });
  await step(n.editor, { articleId: a.id, action: 'pass' });
  await step(n.desk, { articleId: a.id, action: 'approve' });
  return a.id;
}

/** Corrects a published article: correction step with its note, a new body, approval. */
export async function correctedArticle(n: Newsroom, id: string, body: ArticleBody, note: string): Promise<void> {
  await step(n.desk, { articleId: id, action: 'correct', note });
  const current = await n.desk.call('articles.get', { id });
  await n.desk.call('articles.save', { id, baseVersion: current.version, body });
  await step(n.desk, { articleId: id, action: 'approve' });
}

export interface CallLog {
  calls: string[];
  count(method: string): number;
}

/** Wraps every target a factory makes so the test sees each call (and may act before or after it). */
export function recordingFactories(
  log: CallLog,
  hooks: { beforeCreate?: (article: OutgoingArticle) => void | Promise<void>; afterCreate?: (ref: RemoteRef) => void | Promise<void>; fail?: (method: string) => Error | null } = {},
  base: TargetFactories = targetFactories,
): TargetFactories {
  const wrap = (target: PublishTarget): PublishTarget => {
    const note = (method: string) => {
      log.calls.push(method);
      const error = hooks.fail?.(method) ?? null;
      if (error !== null) throw error;
    };
    return {
      testConnection: () => target.testConnection(),
      find: async (article) => (note('find'), target.find(article)),
      create: async (article, known) => {
        note('create');
        await hooks.beforeCreate?.(article);
        const ref = await target.create(article, known);
        await hooks.afterCreate?.(ref);
        return ref;
      },
      update: async (article, ref, options) => (note('update'), target.update(article, ref, options)),
      unpublish: async (ref, context) => (note('unpublish'), target.unpublish(ref, context)),
      snapshot: (ref) => target.snapshot(ref),
    };
  };
  return { ...base, folder: (settings, credentials, deps) => wrap(base.folder(settings, credentials, deps)) };
}

export const callLog = (): CallLog => {
  const calls: string[] = [];
  return { calls, count: (method) => calls.filter((call) => call === method).length };
};

/** A clock the test moves by hand. */
export function fakeClock(start = '2026-03-02T09:00:00.000Z') {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = Date.parse(iso);
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}
