import type { WorkflowState } from '../domain/article';
import type { Role } from '../domain/session';
import { ACTION_VERBS, type ArticleAction } from './actions';

/**
 * Who may do what to an article, in which state: the one policy. The router's services
 * enforce it inside the transaction that writes; the renderer draws its buttons from it
 * (see ./available). Pure: no I/O, no clock.
 */

/** What the policy needs to know of an article. */
export interface ArticleFacts {
  state: WorkflowState;
  /** Who created it: the writer. */
  authorId: string;
  /** Who has it in edit (in_edit, correction); null otherwise. */
  holderId: string | null;
}

/** Who is acting. */
export interface Actor {
  userId: string;
  role: Role;
}

/**
 * `author`: the article's writer. `holder`: whoever holds it now (the writer while it is a
 * draft or returned, the editor or desk chief who took it while in edit). `notHolder`:
 * anyone else (taking it over). `anyone`: any person with one of the rule's roles.
 */
export type Who = 'author' | 'holder' | 'notHolder' | 'anyone';

export interface Rule {
  from: readonly WorkflowState[];
  /** The state afterwards; null keeps the state (editing a draft, taking over an edit). */
  to: WorkflowState | null;
  roles: readonly Role[];
  who: Who;
}

const AUTHORS: readonly Role[] = ['writer', 'editor', 'desk_chief'];
const EDITORS: readonly Role[] = ['editor', 'desk_chief'];
const DESK: readonly Role[] = ['desk_chief'];

/**
 * The transition table. An action is allowed when any of its rules matches the state, the
 * actor's role and the actor's relation to the article. Admins manage people, not copy:
 * they appear in no rule.
 */
export const RULES: Record<ArticleAction, readonly Rule[]> = {
  edit: [
    { from: ['draft', 'returned'], to: null, roles: AUTHORS, who: 'author' },
    { from: ['in_edit'], to: null, roles: EDITORS, who: 'holder' },
    { from: ['correction'], to: null, roles: DESK, who: 'holder' },
    // Approved text is read only: one stray keystroke must not void an approval. See `reopen`.
  ],
  submit: [{ from: ['draft', 'returned'], to: 'submitted', roles: AUTHORS, who: 'author' }],
  take: [
    { from: ['submitted', 'ready'], to: 'in_edit', roles: EDITORS, who: 'anyone' },
    // Taking over someone's edit: their working copy is kept as a revision first.
    { from: ['in_edit'], to: null, roles: EDITORS, who: 'notHolder' },
    { from: ['correction'], to: null, roles: DESK, who: 'notHolder' },
  ],
  return: [
    { from: ['submitted'], to: 'returned', roles: EDITORS, who: 'anyone' },
    { from: ['in_edit'], to: 'returned', roles: EDITORS, who: 'holder' },
    { from: ['in_edit', 'ready', 'approved'], to: 'returned', roles: DESK, who: 'anyone' },
  ],
  pass: [{ from: ['in_edit'], to: 'ready', roles: EDITORS, who: 'holder' }],
  approve: [
    { from: ['ready'], to: 'approved', roles: DESK, who: 'anyone' },
    // A desk chief who fixed something themselves approves without passing it to themselves.
    { from: ['in_edit', 'correction'], to: 'approved', roles: DESK, who: 'holder' },
  ],
  schedule: [{ from: ['approved', 'scheduled'], to: 'scheduled', roles: DESK, who: 'anyone' }],
  unschedule: [{ from: ['scheduled'], to: 'approved', roles: DESK, who: 'anyone' }],
  publish: [{ from: ['approved', 'scheduled'], to: 'published', roles: DESK, who: 'anyone' }],
  correct: [{ from: ['published'], to: 'correction', roles: DESK, who: 'anyone' }],
  unpublish: [{ from: ['published', 'correction'], to: 'unpublished', roles: DESK, who: 'anyone' }],
  spike: [
    {
      from: ['draft', 'submitted', 'in_edit', 'returned', 'ready', 'approved', 'unpublished'],
      to: 'spiked',
      roles: DESK,
      who: 'anyone',
    },
  ],
  reopen: [
    { from: ['spiked', 'unpublished'], to: 'draft', roles: DESK, who: 'anyone' },
    // "Reopen for changes": voids the approval and gives the article to whoever reopened it.
    // The editors and the desk answer for the approved text; a writer asks them.
    { from: ['approved', 'scheduled'], to: 'in_edit', roles: EDITORS, who: 'anyone' },
  ],
};

/** Who holds the article now: its writer while a draft or returned, the taker while in edit. */
export function holderOf(facts: ArticleFacts): string | null {
  if (facts.state === 'draft' || facts.state === 'returned') return facts.authorId;
  if (facts.state === 'in_edit' || facts.state === 'correction') return facts.holderId;
  return null;
}

function relationHolds(who: Who, actor: Actor, facts: ArticleFacts): boolean {
  switch (who) {
    case 'anyone':
      return true;
    case 'author':
      return actor.userId === facts.authorId;
    case 'holder':
      return actor.userId === holderOf(facts);
    case 'notHolder':
      return actor.userId !== holderOf(facts);
  }
}

export type Decision = { allowed: true; to: WorkflowState } | { allowed: false; reason: string };

const ROLE_NAMES: Record<Role, string> = {
  writer: 'a writer',
  editor: 'an editor',
  desk_chief: 'a desk chief',
  admin: 'an admin',
};

export const STATE_NAMES: Record<WorkflowState, string> = {
  draft: 'a draft',
  submitted: 'submitted',
  in_edit: 'in edit',
  returned: 'returned to its writer',
  ready: 'ready for the desk',
  approved: 'approved',
  scheduled: 'scheduled',
  published: 'published',
  correction: 'being corrected',
  unpublished: 'unpublished',
  spiked: 'spiked',
};

/** States whose text is what an approval binds: read only until reopened for changes. */
const APPROVAL_LOCKED: ReadonlySet<WorkflowState> = new Set(['approved', 'scheduled']);

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}

function relationRefusal(who: Who, verb: string): string {
  switch (who) {
    case 'author':
      return `only its writer can ${verb} it`;
    case 'holder':
      return `only the person who has it in edit can ${verb} it`;
    case 'notHolder':
      return 'you already have it';
    case 'anyone':
      return `you cannot ${verb} it`;
  }
}

/** The policy's answer, with a reason a person can act on when the answer is no. */
export function decide(actor: Actor, action: ArticleAction, facts: ArticleFacts): Decision {
  const verb = ACTION_VERBS[action];
  const rules = RULES[action];
  const inState = rules.filter((rule) => rule.from.includes(facts.state));
  if (action === 'edit' && APPROVAL_LOCKED.has(facts.state)) {
    return {
      allowed: false,
      reason: `This article is ${STATE_NAMES[facts.state]}, so its text is locked to what was approved: an editor or desk chief must “Reopen for changes” first (that voids the approval).`,
    };
  }
  if (inState.length === 0) {
    return { allowed: false, reason: `You can't ${verb} an article that is ${STATE_NAMES[facts.state]}.` };
  }
  const forRole = inState.filter((rule) => rule.roles.includes(actor.role));
  if (forRole.length === 0) {
    const roles = [...new Set(inState.flatMap((rule) => rule.roles))].map((role) => ROLE_NAMES[role]);
    return {
      allowed: false,
      reason: `Only ${orList(roles)} can ${verb} an article that is ${STATE_NAMES[facts.state]}; you are ${ROLE_NAMES[actor.role]}.`,
    };
  }
  const matching = forRole.find((rule) => relationHolds(rule.who, actor, facts));
  if (matching === undefined) {
    const refusal = relationRefusal(forRole[0]?.who ?? 'anyone', verb);
    return { allowed: false, reason: `This article is ${STATE_NAMES[facts.state]}: ${refusal}.` };
  }
  return { allowed: true, to: matching.to ?? facts.state };
}

/** `true`, or the reason it is refused. */
export function can(actor: Actor, action: ArticleAction, facts: ArticleFacts): true | string {
  const decision = decide(actor, action, facts);
  return decision.allowed ? true : decision.reason;
}

/** Starting articles is for the people who write them. */
export const canCreateArticles = (role: Role): boolean => role !== 'admin';
/** People and roles are the admin's. */
export const canManageUsers = (role: Role): boolean => role === 'admin';
/** The audit log is read (and verified) by those answerable for what was published and by whom. */
export const canReadAudit = (role: Role): boolean => role === 'admin' || role === 'desk_chief';
