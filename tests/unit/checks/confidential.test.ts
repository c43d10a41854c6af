import { describe, expect, it } from 'vitest';
import { checkConfidentialExposure } from '../../../shared/checks/sources/confidential';
import { article, citation, confidentialInterview, footnote, para, source, withSources } from './source-fixtures';

describe('CONFIDENTIAL_SOURCE_EXPOSED', () => {
  const secret = confidentialInterview('Jane Doe');

  it('blocks the name in the headline, the dek, the body and a footnote, without repeating it', () => {
    const findings = checkConfidentialExposure(
      article(
        [para('Officials spoke. ', citation([secret.id], 'Jane  DOE'), ' confirmed it.'), para('Nothing here.', footnote('Per jane doe, off the record.', [], '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'))],
        { headline: 'Jane Doe speaks', dek: 'A source, Jane Doe, says so' },
      ),
      withSources([secret]),
    );
    expect(findings.map((f) => f.location)).toEqual([
      { kind: 'field', field: 'headline' },
      { kind: 'field', field: 'dek' },
      { kind: 'text', block: 0, offset: 17, length: 9 },
      { kind: 'footnote', noteId: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' },
    ]);
    expect(findings.every((f) => f.severity === 'block' && f.code === 'CONFIDENTIAL_SOURCE_EXPOSED')).toBe(true);
    expect(findings.map((f) => f.message).join(' ')).not.toMatch(/jane|doe/i);
  });

  it('finds the contact too, and a name split by formatting within one paragraph', () => {
    const body = [para('Call ', '+44 20 7946 0000', ' or ask Jane ', { type: 'text', version: 1, text: 'Doe', format: 1, detail: 0, mode: 'normal', style: '' })];
    expect(checkConfidentialExposure(article(body), withSources([secret]))).toHaveLength(2);
  });

  it('ignores names that merely contain the name, and sources that are on the record', () => {
    const onRecord = source({ kind: 'interview', title: 'Mayor', url: '', interview: { name: 'Ann Lee', role: 'mayor', contact: '', attribution: 'on_the_record' } });
    const body = [para('Janet Doerr and Ann Lee spoke.')];
    expect(checkConfidentialExposure(article(body), withSources([secret, onRecord]))).toEqual([]);
  });

  it('checks library sources the text cites without their being attached', () => {
    expect(checkConfidentialExposure(article([para('Jane Doe said so.')]), withSources([], [secret]))).toHaveLength(1);
  });

  it('checks every confidential source of the library, attached or not, across runs and links', () => {
    const link = { type: 'link', version: 1, url: 'https://example.org/', rel: null, target: null, title: null, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text: 'Doe', format: 0, detail: 0, mode: 'normal', style: '' }] };
    const findings = checkConfidentialExposure(article([para('Ask Jane ', link, ' now.')]), { ...withSources([]), confidentialSources: [secret] });
    expect(findings.map((f) => f.location)).toEqual([{ kind: 'text', block: 0, offset: 4, length: 8 }]);
  });
});
