import { describe, expect, it, vi } from 'vitest';
import { runChecks } from '../../../shared/checks/registry';
import { DEFAULT_CHECK_CONTEXT } from '../../../shared/checks/context';
import { FindingLocationSchema, findingKey } from '../../../shared/checks/finding';
import { article, citation, codes, confidentialInterview, footnote, marker, para, source } from './source-fixtures';

describe('the source checks in the registry', () => {
  it('look up the article’s sources once per run, through the context', () => {
    const report = source({ title: 'Report', url: '' });
    const secret = confidentialInterview('Jane Doe');
    const recordsFor = vi.fn(() => ({ sources: [report, secret], unattachedSources: [] }));
    const checked = article([para('Jane Doe said ', citation([report.id], 'the figure was 12'), '.', footnote('')), para(marker('8'))]);
    const findings = runChecks(checked, { ...DEFAULT_CHECK_CONTEXT, recordsFor });
    expect(recordsFor).toHaveBeenCalledTimes(1);
    expect(recordsFor).toHaveBeenCalledWith(checked.id);
    expect(codes(findings)).toEqual([
      'CONFIDENTIAL_SOURCE_EXPOSED',
      'SOURCE_DANGLING_REFERENCE',
      'FOOTNOTE_EMPTY',
      'SOURCE_UNVERIFIABLE',
      'SOURCE_UNUSED',
    ]);
    for (const finding of findings) expect(FindingLocationSchema.parse(finding.location)).toEqual(finding.location);
    expect(new Set(findings.map(findingKey)).size).toBe(findings.length);
  });

  it('give no source finding for a sourced article whose sources are in order', () => {
    const report = source();
    const findings = runChecks(article([para('The mayor said ', citation([report.id], 'the deficit is 4%'), '.')]), {
      ...DEFAULT_CHECK_CONTEXT,
      sources: [report],
    });
    expect(findings).toEqual([]);
  });
});
