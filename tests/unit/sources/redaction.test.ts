import { describe, expect, it } from 'vitest';
import { confidentialIdentities, createRedactor, redactSource } from '../../../shared/sources/redaction';
import { CONFIDENTIAL_PLACEHOLDER } from '../../../shared/domain/source';
import { confidentialInterview, source } from '../checks/source-fixtures';
import { bodyOf, paragraphOf, textNode } from '../../support/bodies';
import { validateBody } from '../../../shared/content/validate';
import { renderHtml } from '../../../shared/content/render/html';
import { emptyMeta } from '../../../shared/domain/article';

const bold = (text: string) => textNode({ text, format: 1 });
const link = (...children: unknown[]) => ({ type: 'link', version: 1, url: 'https://example.org/', rel: null, target: null, title: null, direction: null, format: '', indent: 0, children });
const lineBreak = { type: 'linebreak', version: 1 };

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
    ['the contact', 'call +44 20 7946 0000.', `call ${CONFIDENTIAL_PLACEHOLDER}.`],
    ['the contact spelt nationally', 'call 020 7946-0000.', `call ${CONFIDENTIAL_PLACEHOLDER}.`],
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

  describe('in a stored body, across formatting runs and links', () => {
    const secretRedactor = createRedactor([secret]);
    const article = (body: ReturnType<typeof bodyOf>) => ({ id: 'a', version: 1, createdAt: '', updatedAt: '', meta: emptyMeta(), body });

    it.each([
      ['"Jane " + bold "Doe"', paragraphOf('Said Jane ', bold('Doe'), ' today.'), 'Said [confidential source] today.'],
      ['bold "Ja" + "ne Doe"', paragraphOf(bold('Ja'), 'ne Doe said.'), '[confidential source] said.'],
      ['a name half inside a link', paragraphOf('Ask Jane ', link(textNode({ text: 'Doe' })), '.'), 'Ask [confidential source].'],
      ['a name across a line break', paragraphOf('Jane', lineBreak, 'Doe spoke.'), '[confidential source] spoke.'],
      ['a name in three runs with a soft hyphen', paragraphOf('J', bold('a\u00adne D'), textNode({ text: 'oe', format: 2 }), ' and Jane Doe.'), '[confidential source] and [confidential source].'],
    ])('replaces %s and leaves a valid body', (_what, block, text) => {
      const redacted = secretRedactor.json(bodyOf(block));
      const loaded = validateBody(redacted);
      expect(loaded.text).toBe(text);
      const html = renderHtml(article(redacted));
      expect(html).not.toMatch(/jane|doe|oe</i);
    });

    it('keeps the format of the run the name began in, and what follows the name in its last run', () => {
      const redacted = secretRedactor.json(bodyOf(paragraphOf('Said Jane ', bold('Doe, then'), ' left.')));
      const runs = (redacted.editorState.root.children[0] as { children: { text: string; format: number }[] }).children;
      expect(runs.map((run) => [run.text, run.format])).toEqual([
        ['Said [confidential source]', 0],
        [', then', 1],
        [' left.', 0],
      ]);
    });

    it('drops a link the name filled entirely, and leaves the body around it', () => {
      const redacted = secretRedactor.json(bodyOf(paragraphOf('Jane ', link(textNode({ text: 'Doe' })), ' spoke.')));
      const children = (redacted.editorState.root.children[0] as { children: { type: string; text?: string }[] }).children;
      expect(children).toEqual([expect.objectContaining({ type: 'text', text: '[confidential source]' }), expect.objectContaining({ type: 'text', text: ' spoke.' })]);
      expect(validateBody(redacted).text).toBe('[confidential source] spoke.');
    });
  });
});
