import { describe, expect, it } from 'vitest';
import { confidentialIdentities, createRedactor, redactSource } from '../../../shared/sources/redaction';
import { CONFIDENTIAL_PLACEHOLDER } from '../../../shared/domain/source';
import { confidentialInterview, source } from '../checks/source-fixtures';

describe('redacting confidential sources', () => {
  const secret = confidentialInterview('Jane Doe');

  it('collects the names and contacts of confidential sources only', () => {
    const onRecord = source({ kind: 'interview', url: '', interview: { name: 'Ann Lee', role: '', contact: '', attribution: 'on_the_record' } });
    expect(confidentialIdentities([secret, onRecord, source()])).toEqual(['Jane Doe', '+44 20 7946 0000']);
  });

  it.each([
    ['plain text', 'Jane Doe said', `${CONFIDENTIAL_PLACEHOLDER} said`],
    ['another case and spacing', 'JANE\n doe said', `${CONFIDENTIAL_PLACEHOLDER} said`],
    ['a URL slug', 'https://x.org/jane-doe/', `https://x.org/${CONFIDENTIAL_PLACEHOLDER}/`],
    ['an encoded space', 'q=Jane%20Doe', `q=${CONFIDENTIAL_PLACEHOLDER}`],
    ['the contact', 'call +44 20 7946 0000.', `call +${CONFIDENTIAL_PLACEHOLDER}.`],
    ['a longer word (left alone)', 'Janet Doerr', 'Janet Doerr'],
  ])('redacts %s', (_what, input, output) => {
    expect(createRedactor([secret]).text(input)).toBe(output);
  });

  it('redacts the HTML-escaped spelling of a name', () => {
    const obrien = confidentialInterview("Seán O'Brien");
    expect(createRedactor([obrien]).text('<p>Seán O&#39;Brien spoke</p>')).toBe(`<p>${CONFIDENTIAL_PLACEHOLDER} spoke</p>`);
  });

  it('redacts every string of a JSON value and leaves keys and other values alone', () => {
    const value = { headline: 'Jane Doe', n: 3, list: ['x', { deep: 'by jane doe' }], ok: true };
    expect(createRedactor([secret]).json(value)).toEqual({
      headline: CONFIDENTIAL_PLACEHOLDER,
      n: 3,
      list: ['x', { deep: `by ${CONFIDENTIAL_PLACEHOLDER}` }],
      ok: true,
    });
  });

  it('keeps no name, no contact and no naming title of a confidential source, and keeps its role', () => {
    const redacted = redactSource({ ...secret, author: 'Jane Doe', notes: 'Jane Doe asked not to be named.' });
    expect(redacted.interview).toEqual({ name: CONFIDENTIAL_PLACEHOLDER, role: 'a senior ministry official', contact: '', attribution: 'anonymous' });
    expect(redacted.title).toBe(CONFIDENTIAL_PLACEHOLDER);
    expect(JSON.stringify(redacted)).not.toMatch(/jane|doe|7946/i);
  });

  it('leaves a source that is not confidential as it is, and does nothing without confidential sources', () => {
    const plain = source({ title: 'Budget' });
    expect(redactSource(plain)).toEqual(plain);
    const nothing = createRedactor([plain]);
    expect(nothing.active).toBe(false);
    expect(nothing.text('Jane Doe')).toBe('Jane Doe');
  });
});
