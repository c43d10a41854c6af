import { describe, expect, it } from 'vitest';
import { useGalley, type TestClient, type TestGalley } from '../support/galley';
import { randomUUID } from 'node:crypto';
import { bodyOf, bodyOfParagraphs, markNode, paragraphOf } from '../support/bodies';
import { WORKFLOW_STATES, type WorkflowState } from '../../shared/domain/article';
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../shared/workflow/actions';
import type { RpcResult } from '../../shared/contract/rpc';
import { findingKey, type Finding } from '../../shared/checks/finding';

/*
 * The policy matrix, driven through the ROUTER: every role (and relation to the article)
 * × every action × every state. What should be allowed is written out here, independently
 * of shared/workflow/policy.ts. An allowed call must succeed and leave the article in the
 * expected state; every other call must answer FORBIDDEN and leave the database byte for
 * byte as it was.
 */

const newGalley = useGalley();

/** W wrote the article; E1 holds it while in edit; D1 holds it while it is being corrected. */
const ACTORS = ['W', 'W2', 'E1', 'E2', 'D1', 'D2', 'A'] as const;
type ActorName = (typeof ACTORS)[number];
const ROLE_OF = { W: 'writer', W2: 'writer', E1: 'editor', E2: 'editor', D1: 'desk_chief', D2: 'desk_chief', A: 'admin' } as const;

type MatrixAction = WorkflowAction | 'edit' | 'restore' | 'version' | 'annotate';
const ACTIONS: readonly MatrixAction[] = [...WORKFLOW_ACTIONS, 'edit', 'restore', 'version', 'annotate'];

const EDITORS_AND_DESK: ActorName[] = ['E1', 'E2', 'D1', 'D2'];
const DESK: ActorName[] = ['D1', 'D2'];
const CHANGE_CONTENT: Partial<Record<WorkflowState, ActorName[]>> = {
  draft: ['W'],
  returned: ['W'],
  in_edit: ['E1'],
  correction: ['D1'],
  // Approved text is read only: "Reopen for changes" first.
};

/**
 * Adding a comment or claim mark without holding the text (review.annotate): the writer on
 * their own article and every editor and desk chief while it is under review; the holder
 * of a draft (its writer) too. Never once approved.
 */
const REVIEWERS: ActorName[] = ['W', ...EDITORS_AND_DESK];
const ANNOTATE: Partial<Record<WorkflowState, ActorName[]>> = {
  draft: ['W'],
  submitted: REVIEWERS,
  in_edit: REVIEWERS,
  returned: REVIEWERS,
  ready: REVIEWERS,
  correction: REVIEWERS,
};

/** Who may do what, in which state. Anything not listed is refused. */
const ALLOWED: Record<MatrixAction, Partial<Record<WorkflowState, ActorName[]>>> = {
  annotate: ANNOTATE,
  edit: CHANGE_CONTENT,
  restore: CHANGE_CONTENT,
  version: CHANGE_CONTENT,
  submit: { draft: ['W'], returned: ['W'] },
  take: { submitted: EDITORS_AND_DESK, ready: EDITORS_AND_DESK, in_edit: ['E2', 'D1', 'D2'], correction: ['D2'] },
  return: { submitted: EDITORS_AND_DESK, in_edit: ['E1', 'D1', 'D2'], ready: DESK, approved: DESK },
  pass: { in_edit: ['E1'] },
  approve: { ready: DESK, correction: ['D1'] },
  schedule: { approved: DESK, scheduled: DESK },
  unschedule: { scheduled: DESK },
  publish: { approved: DESK, scheduled: DESK },
  correct: { published: DESK },
  unpublish: { published: DESK, correction: DESK },
  spike: Object.fromEntries(
    (['draft', 'submitted', 'in_edit', 'returned', 'ready', 'approved', 'unpublished'] as const).map((s) => [s, DESK]),
  ),
  reopen: { spiked: DESK, unpublished: DESK, approved: EDITORS_AND_DESK, scheduled: EDITORS_AND_DESK },
};

/** The state an allowed action leaves the article in. */
function expectedState(action: MatrixAction, from: WorkflowState): WorkflowState {
  switch (action) {
    case 'edit':
    case 'restore':
      return from;
    case 'version':
    case 'annotate':
      return from;
    case 'take':
      return from === 'correction' ? 'correction' : 'in_edit';
    case 'submit':
      return 'submitted';
    case 'return':
      return 'returned';
    case 'pass':
      return 'ready';
    case 'approve':
    case 'unschedule':
      return 'approved';
    case 'schedule':
      return 'scheduled';
    case 'publish':
      return 'published';
    case 'correct':
      return 'correction';
    case 'unpublish':
      return 'unpublished';
    case 'spike':
      return 'spiked';
    case 'reopen':
      return from === 'approved' || from === 'scheduled' ? 'in_edit' : 'draft';
  }
}

interface World {
  g: TestGalley;
  people: Record<ActorName, TestClient>;
}

function world(): World {
  const frozen = new Date();
  const g = newGalley(undefined, { now: () => frozen });
  // Durability is not what this test is about; thousands of fsyncs would only make it slow.
  g.galley.db.pragma('synchronous = OFF');
  const people = Object.fromEntries(ACTORS.map((name) => [name, g.as(name.toLowerCase(), ROLE_OF[name], `Person ${name}`)])) as Record<
    ActorName,
    TestClient
  >;
  return { g, people };
}

async function ok(result: Promise<RpcResult<unknown>>, what: string): Promise<unknown> {
  const r = await result;
  if (!r.ok) throw new Error(`setting up (${what}) failed: ${r.error.code} ${r.error.message}`);
  const value = r.value as { outcome?: string };
  if (value.outcome === 'refused') throw new Error(`setting up (${what}) was refused by the gate`);
  return r.value;
}

const step = (who: TestClient, articleId: string, action: WorkflowAction, extra: Record<string, unknown> = {}) =>
  ok(who.raw('workflow.transition', { articleId, action, ...extra }), action);

/**
 * This test is about who may approve, not about the gate: every warning the checks raise
 * (whatever checks the registry holds) is acknowledged. The gate has its own tests.
 */
async function allWarnings(who: TestClient, articleId: string): Promise<string[]> {
  const { findings } = (await ok(who.raw('checks.run', { articleId }), 'checks')) as { findings: Finding[] };
  return findings.filter((f) => f.severity === 'warn').map(findingKey);
}

/** An article written by W, brought to `state` through the real steps. */
async function articleIn({ people }: World, state: WorkflowState): Promise<string> {
  const { W, E1, D1 } = people;
  const meta = { headline: 'Harbour bridge approved', bylines: ['Person W'], section: 'City' };
  const created = (await ok(W.raw('articles.create', { meta }), 'create')) as { id: string };
  const id = created.id;
  await ok(W.raw('articles.save', { id, baseVersion: 0, body: bodyOfParagraphs('The council voted on Tuesday.') }), 'save');
  await ok(W.raw('revisions.create', { articleId: id, name: 'First draft' }), 'version');
  // The text moves on after version 1, so restoring it is a real change.
  await ok(W.raw('articles.save', { id, baseVersion: 1, body: bodyOfParagraphs('The council voted 7 to 2 on Tuesday.') }), 'save');
  const path: Record<WorkflowState, Array<() => Promise<unknown>>> = {
    draft: [],
    submitted: [() => step(W, id, 'submit')],
    in_edit: [() => step(W, id, 'submit'), () => step(E1, id, 'take')],
    returned: [() => step(W, id, 'submit'), () => step(E1, id, 'take'), () => step(E1, id, 'return', { note: 'Needs a source.' })],
    ready: [() => step(W, id, 'submit'), () => step(E1, id, 'take'), () => step(E1, id, 'pass')],
    approved: [],
    scheduled: [],
    published: [],
    correction: [],
    unpublished: [],
    spiked: [() => step(D1, id, 'spike')],
  };
  const toApproved = [...path.ready, async () => step(D1, id, 'approve', { acknowledgements: await allWarnings(D1, id) })];
  path.approved = toApproved;
  path.scheduled = [...toApproved, () => step(D1, id, 'schedule', { publishAt: '2099-01-01T09:00:00.000Z' })];
  path.published = [...toApproved, () => step(D1, id, 'publish')];
  path.correction = [...path.published, () => step(D1, id, 'correct')];
  path.unpublished = [...path.published, () => step(D1, id, 'unpublish')];
  for (const run of path[state]) await run();
  return id;
}

async function attempt(who: TestClient, action: MatrixAction, articleId: string): Promise<RpcResult<unknown>> {
  switch (action) {
    case 'edit': {
      const { version } = (await ok(who.raw('articles.get', { id: articleId }), 'get')) as { version: number };
      return who.raw('articles.save', { id: articleId, baseVersion: version, body: bodyOfParagraphs('A change.') });
    }
    case 'restore': {
      const revisions = (await ok(who.raw('revisions.list', { articleId }), 'list')) as Array<{ id: string; number: number }>;
      const first = revisions.find((r) => r.number === 1);
      return who.raw('revisions.restore', { articleId, revisionId: first?.id });
    }
    case 'version':
      return who.raw('revisions.create', { articleId, name: 'Named by the matrix' });
    case 'annotate': {
      // The same words as stored, with a comment mark around them: a change of marks only.
      const { version } = (await ok(who.raw('articles.get', { id: articleId }), 'get')) as { version: number };
      const body = bodyOf(paragraphOf(markNode([`comment:${randomUUID()}`], 'The council voted 7 to 2 on Tuesday.')));
      return who.raw('review.annotate', { id: articleId, baseVersion: version, body });
    }
    case 'return':
      return who.raw('workflow.transition', { articleId, action, note: 'Please check the figures.' });
    case 'schedule':
      return who.raw('workflow.transition', { articleId, action, publishAt: '2099-06-01T06:00:00.000Z' });
    case 'approve':
      return who.raw('workflow.transition', { articleId, action, acknowledgements: await allWarnings(who, articleId) });
    default:
      return who.raw('workflow.transition', { articleId, action });
  }
}

/** Every row of every table, in order: equal before and after means nothing changed. */
function snapshotOf(g: TestGalley): string {
  const tables = g.galley.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string }>;
  // Rows sorted as text: some tables (full-text shadows) have no rowid to order by.
  const rowsOf = (name: string) => g.galley.db.prepare(`SELECT * FROM "${name}"`).all().map((row) => JSON.stringify(row)).sort();
  return JSON.stringify(tables.map(({ name }) => [name, rowsOf(name)]));
}

const stateOf = async (w: World, id: string) =>
  ((await ok(w.people.W.raw('workflow.status', { articleId: id }), 'status')) as { state: WorkflowState }).state;

describe('the policy matrix, through the router', () => {
  it.each(WORKFLOW_STATES.map((state) => [state]))('in state %s: allowed calls succeed, all others are FORBIDDEN and change nothing', async (state) => {
    const w = world();
    // One article in this state takes every refused call: a refusal must leave it, and everything else, untouched.
    const shared = await articleIn(w, state);
    expect(await stateOf(w, shared)).toBe(state);
    let before = snapshotOf(w.g);
    let allowedCount = 0;

    for (const action of ACTIONS) {
      for (const actor of ACTORS) {
        const label = `${actor} (${ROLE_OF[actor]}) ${action} in ${state}`;
        if (ALLOWED[action][state]?.includes(actor)) {
          allowedCount += 1;
          const fresh = await articleIn(w, state);
          const result = await attempt(w.people[actor], action, fresh);
          expect(result, label).toMatchObject({ ok: true });
          expect((result as { value?: { outcome?: string } }).value?.outcome, label).not.toBe('refused');
          expect(await stateOf(w, fresh), label).toBe(expectedState(action, state));
          before = snapshotOf(w.g);
        } else {
          const result = await attempt(w.people[actor], action, shared);
          expect(result, label).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
          expect(snapshotOf(w.g) === before, `${label} changed the database`).toBe(true);
        }
      }
    }
    // Every state has at least one way forward or back for someone, except none: a guard against an empty table.
    expect(allowedCount).toBeGreaterThan(0);
  }, 120_000);
});
