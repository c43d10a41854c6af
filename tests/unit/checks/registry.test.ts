import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../../../shared/domain/article';
import { emptyBody } from '../../../shared/content/body';
import { runChecks, type Check } from '../../../shared/checks/registry';
import { findingKey, type Finding } from '../../../shared/checks/finding';
import { evaluateGate, gateRefusal } from '../../../shared/workflow/gate';

const ready = { ...emptyMeta(), headline: 'Harbour bridge approved', bylines: ['Wren Writer'], section: 'City' };
const article = (meta = ready) => ({ id: '0b6f1d2e-6c1a-4c3e-9b1f-2a3b4c5d6e7f', meta, body: emptyBody() });

describe('the checks', () => {
  it('finds nothing wrong with a headline, a byline and a section', () => {
    expect(runChecks(article())).toEqual([]);
  });

  it('blocks on each missing headline, byline or section, naming the field', () => {
    const findings = runChecks(article({ ...ready, headline: '  ', bylines: [' '], section: '' }));
    expect(findings.map((f) => [f.code, f.severity, f.location])).toEqual([
      ['METADATA_MISSING', 'block', { kind: 'field', field: 'headline' }],
      ['METADATA_MISSING', 'block', { kind: 'field', field: 'bylines' }],
      ['METADATA_MISSING', 'block', { kind: 'field', field: 'section' }],
    ]);
    expect(findings[2]!.message).toBe('The section is empty: choose where the article runs.');
  });

  it('warns when the headline is over the limit, counting characters as a reader sees them', () => {
    const at = (headline: string, headlineLimit = 110) => runChecks(article({ ...ready, headline }), { headlineLimit });
    expect(at('é'.repeat(110))).toEqual([]);
    expect(at('😀'.repeat(111))).toEqual([
      {
        code: 'HEADLINE_TOO_LONG',
        severity: 'warn',
        message: 'The headline is 111 characters; the limit is 110. Shorten it by 1.',
        location: { kind: 'field', field: 'headline' },
      },
    ]);
    expect(at('A short one', 5)[0]?.code).toBe('HEADLINE_TOO_LONG');
  });

  it('lists blocking findings before warnings and information, whichever check found them', () => {
    const info: Check = () => [{ code: 'NOTE', severity: 'info', message: 'i', location: { kind: 'article' } }];
    const warn: Check = () => [{ code: 'WARN', severity: 'warn', message: 'w', location: { kind: 'paragraph', index: 2 } }];
    const block: Check = () => [{ code: 'BLOCK', severity: 'block', message: 'b', location: { kind: 'node', key: '7' } }];
    expect(runChecks(article(), undefined, [info, warn, block]).map((f) => f.code)).toEqual(['BLOCK', 'WARN', 'NOTE']);
  });
});

describe('the approval gate', () => {
  const warning: Finding = { code: 'HEADLINE_TOO_LONG', severity: 'warn', message: 'long', location: { kind: 'field', field: 'headline' } };
  const other: Finding = { code: 'STYLE_BANNED_WORD', severity: 'warn', message: 'banned', location: { kind: 'paragraph', index: 3 } };
  const blocker: Finding = { code: 'METADATA_MISSING', severity: 'block', message: 'empty', location: { kind: 'field', field: 'section' } };

  it('stays shut while anything blocks, even with every warning acknowledged', () => {
    const verdict = evaluateGate([blocker, warning], [findingKey(warning)]);
    expect(verdict.open).toBe(false);
    expect(verdict.blocking).toEqual([blocker]);
    expect(gateRefusal(verdict)).toBe('Approval refused: 1 blocking finding must be fixed first.');
  });

  it('opens only when every warning is acknowledged, one by one', () => {
    expect(findingKey(warning)).toBe('HEADLINE_TOO_LONG@field:headline');
    const half = evaluateGate([warning, other], [findingKey(warning)]);
    expect(half.open).toBe(false);
    expect(half.unacknowledged).toEqual([other]);
    const all = evaluateGate([warning, other], [findingKey(other), findingKey(warning), 'STALE@article']);
    expect(all).toMatchObject({ open: true, acknowledged: [warning, other] });
  });
});
