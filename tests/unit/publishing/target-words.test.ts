import { describe, expect, it } from 'vitest';
import { targetCaveat, targetDescription } from '../../../renderer/common/publishing/targetWords';
import type { Target } from '../../../shared/domain/publishing';

const target = (config: Target['config']): Target => ({ id: 't1', name: 'Site', enabled: true, config }) as Target;

describe('what the publish confirmation says of each target', () => {
  it('warns beside a WordPress target that the claims go without their ClaimReview markup, and only there', () => {
    const wordpress = target({ kind: 'wordpress', settings: { siteUrl: 'https://news.example', user: 'desk' } } as Target['config']);
    expect(targetDescription(wordpress)).toBe('WordPress · news.example');
    expect(targetCaveat(wordpress)).toMatch(/ClaimReview/);
    const ghost = target({ kind: 'ghost', settings: { siteUrl: 'https://ghost.example' } } as Target['config']);
    expect(targetCaveat(ghost)).toBeNull();
    expect(targetCaveat(target({ kind: 'folder', settings: { path: '/srv/site' } } as Target['config']))).toBeNull();
  });
});
