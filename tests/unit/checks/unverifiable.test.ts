import { describe, expect, it } from 'vitest';
import { checkUnverifiableSources } from '../../../shared/checks/sources/unverifiable';
import { article, citation, para, source, withSources } from './source-fixtures';

describe('SOURCE_UNVERIFIABLE', () => {
  it('warns about a cited source with neither an address nor notes', () => {
    const bare = source({ title: 'A leaflet', kind: 'document', url: '', notes: '  ' });
    const findings = checkUnverifiableSources(article([para(citation([bare.id], 'said so'))]), withSources([bare]));
    expect(findings).toEqual([
      {
        code: 'SOURCE_UNVERIFIABLE',
        severity: 'warn',
        message: '“A leaflet” is cited but has neither an address nor notes. Add its URL, or notes on how it can be checked.',
        location: { kind: 'source', sourceId: bare.id },
      },
    ]);
  });

  it('accepts notes instead of an address, and ignores sources nobody cites', () => {
    const noted = source({ url: '', notes: 'Paper copy in the archive, box 12.' });
    const uncited = source({ url: '', notes: '' });
    expect(checkUnverifiableSources(article([para(citation([noted.id], 'x'))]), withSources([noted, uncited]))).toEqual([]);
  });
});
