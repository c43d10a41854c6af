import { describe, expect, it } from 'vitest';
import { checkDanglingReferences } from '../../../shared/checks/sources/dangling';
import { article, citation, confidentialInterview, footnote, marker, para, source, withSources } from './source-fixtures';

describe('SOURCE_DANGLING_REFERENCE', () => {
  it('finds nothing when every citation and footnote cites an attached source', () => {
    const budget = source();
    const body = [para('The council ', citation([budget.id], 'approved the budget'), '.', footnote('See the minutes.', [budget.id]))];
    expect(checkDanglingReferences(article(body), withSources([budget]))).toEqual([]);
  });

  it('blocks a citation to a source that is not attached, pointing at the cited words', () => {
    const budget = source();
    const gone = source({ title: 'Deleted report' });
    const findings = checkDanglingReferences(
      article([para('Intro.'), para('The council ', citation([budget.id, gone.id], 'approved the budget'), '.')]),
      withSources([budget]),
    );
    expect(findings).toEqual([
      {
        code: 'SOURCE_DANGLING_REFERENCE',
        severity: 'block',
        message: expect.stringMatching(/^A citation cites a source that no longer exists\./),
        location: { kind: 'text', block: 1, offset: 12, length: 19 },
      },
    ]);
  });

  it('names a library source that is cited but not attached, and says to attach it', () => {
    const report = source({ title: 'Audit report' });
    const [finding] = checkDanglingReferences(article([para(citation([report.id], 'the audit'))]), withSources([], [report]));
    expect(finding?.message).toContain('cites “Audit report”, which is not attached to this article: attach it in Sources');
  });

  it('never names a confidential source that is cited but not attached', () => {
    const secret = confidentialInterview('Jane Doe');
    const [finding] = checkDanglingReferences(article([para(citation([secret.id], 'an official said'))]), withSources([], [secret]));
    expect(finding?.message).not.toMatch(/Jane|Doe/);
    expect(finding?.message).toContain('[confidential source]');
  });

  it('blocks a footnote citing a missing source, located by its note id', () => {
    const note = footnote('Figures from the audit.', ['6f1c8a52-3b7e-4a39-9d6c-2f1f0e8b4a11'], '0b6f1d2e-6c1a-4c3e-9b1f-2a3b4c5d6e7f');
    const findings = checkDanglingReferences(article([para('Text.', footnote('First.'), ' More.', note)]), withSources([]));
    expect(findings).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Footnote 2 cites a source that no longer exists/),
        location: { kind: 'footnote', noteId: '0b6f1d2e-6c1a-4c3e-9b1f-2a3b4c5d6e7f' },
      }),
    ]);
  });

  it('blocks each bracketed reference marker whose note was never found, at its place', () => {
    const findings = checkDanglingReferences(article([para('Ukraine would not give up land', marker('8'), marker('9'), '.')]), withSources([]));
    expect(findings.map((f) => [f.message.split(' has')[0], f.location])).toEqual([
      ['Reference [8]', { kind: 'marker', block: 0, offset: 30, label: '8' }],
      ['Reference [9]', { kind: 'marker', block: 0, offset: 30, label: '9' }],
    ]);
  });
});
