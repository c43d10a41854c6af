import { describe, expect, it } from 'vitest';
import { WORKFLOW_STATES } from '../../../shared/domain/article';
import { ROLES } from '../../../shared/domain/session';
import { canRead } from '../../../shared/workflow/read-policy';

const WRITER = 'a0000000-0000-4000-8000-000000000001';
const HOLDER = 'a0000000-0000-4000-8000-000000000002';
const OTHER = 'a0000000-0000-4000-8000-000000000003';

describe('who may read an article (canRead)', () => {
  it.each(WORKFLOW_STATES)('in state %s: editors and desk chiefs read any article, a writer their own, an admin none', (state) => {
    const facts = { state, authorId: WRITER, holderId: state === 'in_edit' || state === 'correction' ? HOLDER : null };
    const reads = (userId: string) => ROLES.filter((role) => canRead({ userId, role }, facts).allowed);
    expect(reads(WRITER)).toEqual(['writer', 'editor', 'desk_chief']);
    expect(reads(OTHER)).toEqual(['editor', 'desk_chief']);
  });

  it('lets a writer who holds an article read it, and says why another writer or an admin may not', () => {
    // Only its writer holds a draft; a writer given someone else's article in edit would read it too.
    expect(canRead({ userId: HOLDER, role: 'writer' }, { state: 'in_edit', authorId: WRITER, holderId: HOLDER })).toEqual({ allowed: true });
    const other = canRead({ userId: OTHER, role: 'writer' }, { state: 'draft', authorId: WRITER, holderId: null });
    expect(other).toEqual({ allowed: false, reason: expect.stringMatching(/another writer/) });
    const admin = canRead({ userId: WRITER, role: 'admin' }, { state: 'draft', authorId: WRITER, holderId: null });
    expect(admin).toEqual({ allowed: false, reason: expect.stringMatching(/Admins manage people/) });
  });
});
