import { describe, expect, it } from 'vitest';
import { WORKFLOW_STATES, type WorkflowState } from '../../../shared/domain/article';
import { ROLES, type Role } from '../../../shared/domain/session';
import { WORKFLOW_ACTIONS } from '../../../shared/workflow/actions';
import { availableActions, canEdit } from '../../../shared/workflow/available';
import { can, decide, holderOf, type ArticleFacts } from '../../../shared/workflow/policy';

const WRITER = { userId: 'w', role: 'writer' as const };
const EDITOR = { userId: 'e', role: 'editor' as const };
const DESK = { userId: 'd', role: 'desk_chief' as const };
const ADMIN = { userId: 'a', role: 'admin' as const };

const article = (state: WorkflowState, holderId: string | null = null): ArticleFacts => ({ state, authorId: 'w', holderId });

describe('the workflow policy', () => {
  it('lets only a desk chief approve, schedule, publish, correct and unpublish', () => {
    const cases: Array<[(typeof WORKFLOW_ACTIONS)[number], WorkflowState]> = [
      ['approve', 'ready'],
      ['schedule', 'approved'],
      ['publish', 'approved'],
      ['correct', 'published'],
      ['unpublish', 'published'],
    ];
    for (const [action, state] of cases) {
      for (const role of ROLES) {
        const actor = { userId: `x-${role}`, role };
        expect(decide(actor, action, article(state)).allowed, `${role} ${action} ${state}`).toBe(role === 'desk_chief');
      }
    }
  });

  it('lets the writer edit and submit their own draft, and nobody else', () => {
    expect(canEdit(WRITER, article('draft'))).toBe(true);
    expect(can(WRITER, 'submit', article('draft'))).toBe(true);
    expect(can({ userId: 'w2', role: 'writer' }, 'edit', article('draft'))).toBe('This article is a draft: only its writer can edit it.');
    expect(canEdit(EDITOR, article('draft'))).toBe(false);
    expect(canEdit(DESK, article('returned'))).toBe(false);
  });

  it('locks an article in edit to its holder; the writer reads it, another editor may take it over', () => {
    const held = article('in_edit', 'e');
    expect(holderOf(held)).toBe('e');
    expect(canEdit(EDITOR, held)).toBe(true);
    expect(canEdit(WRITER, held)).toBe(false);
    expect(canEdit({ userId: 'e2', role: 'editor' }, held)).toBe(false);
    expect(decide({ userId: 'e2', role: 'editor' }, 'take', held)).toEqual({ allowed: true, to: 'in_edit' });
    expect(can(EDITOR, 'take', held)).toBe('This article is in edit: you already have it.');
    expect(can(EDITOR, 'pass', held)).toBe(true);
    expect(can({ userId: 'e2', role: 'editor' }, 'pass', held)).toMatch(/only the person who has it in edit/);
  });

  it('gives an admin no part in the copy', () => {
    for (const state of WORKFLOW_STATES) {
      expect(availableActions(ADMIN, article(state, 'a'))).toEqual([]);
      expect(canEdit(ADMIN, article(state, 'a'))).toBe(false);
    }
  });

  it('explains a refusal in words a person can act on', () => {
    expect(can(WRITER, 'approve', article('ready'))).toBe('Only a desk chief can approve an article that is ready for the desk; you are a writer.');
    expect(can(EDITOR, 'approve', article('ready'))).toMatch(/^Only a desk chief can approve/);
    expect(can(DESK, 'publish', article('draft'))).toBe("You can't publish an article that is a draft.");
  });

  it('keeps an approved article read only for everyone; editors and desk chiefs may reopen it for changes', () => {
    for (const actor of [WRITER, EDITOR, DESK]) {
      expect(canEdit(actor, article('approved'))).toBe(false);
      expect(canEdit(actor, article('scheduled'))).toBe(false);
    }
    expect(decide(EDITOR, 'edit', article('approved'))).toMatchObject({ allowed: false, reason: expect.stringContaining('Reopen for changes') });
    expect(decide(EDITOR, 'reopen', article('approved'))).toEqual({ allowed: true, to: 'in_edit' });
    expect(decide(DESK, 'reopen', article('scheduled'))).toEqual({ allowed: true, to: 'in_edit' });
    expect(decide(WRITER, 'reopen', article('approved'))).toMatchObject({ allowed: false });
    expect(availableActions(EDITOR, article('approved')).map((a) => a.label)).toContain('Reopen for changes…');
    expect(availableActions(DESK, article('spiked')).map((a) => a.label)).toEqual(['Reopen as draft']);
  });

  it('draws buttons from the same decisions, forward steps first', () => {
    expect(availableActions(WRITER, article('draft')).map((a) => a.label)).toEqual(['Submit for edit…']);
    expect(availableActions(EDITOR, article('submitted')).map((a) => [a.label, a.input])).toEqual([
      ['Take for edit', 'none'],
      ['Return to writer…', 'note'],
    ]);
    expect(availableActions(DESK, article('ready')).map((a) => a.action)).toEqual(['approve', 'take', 'return', 'spike']);
    expect(availableActions(DESK, article('approved')).find((a) => a.action === 'schedule')?.input).toBe('time');
    for (const role of ROLES as readonly Role[]) {
      for (const state of WORKFLOW_STATES) {
        const actor = { userId: 'someone', role };
        const facts = article(state, 'someone-else');
        for (const shown of availableActions(actor, facts)) expect(can(actor, shown.action, facts)).toBe(true);
      }
    }
  });
});
