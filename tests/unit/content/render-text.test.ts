import { describe, expect, it } from 'vitest';
import { renderBodyPlainText, renderPlainText } from '../../../shared/content/render/text';
import { TEXT_FORMAT } from '../../../shared/content/render/text-format';
import { article, br, h, item, link, ol, p, quote, text, ul } from './helpers';

describe('renderPlainText', () => {
  it('puts headline, dek, bylines and dateline first, then the body', () => {
    const output = renderPlainText(
      article([h(2, text('Section')), p(text('Body.'))], { headline: 'Headline', dek: 'Dek', bylines: ['A', 'B'], dateline: 'KARACHI' }),
    );
    expect(output).toBe('Headline\n\nDek\n\nA, B\n\nKARACHI\n\nSection\n\nBody.\n');
  });

  it('drops formatting, keeps line breaks, and writes each link address after its text', () => {
    const { body } = article([
      p(text('bold', TEXT_FORMAT.bold), text(' then '), link('https://example.com', text('a link')), br, text('next line')),
      p(link('mailto:desk@example.com', text('desk@example.com')), text(' '), link('https://same.example', text('https://same.example'))),
    ]);
    expect(renderBodyPlainText(body)).toBe('bold then a link (https://example.com)\nnext line\n\ndesk@example.com https://same.example\n');
  });

  it('marks list items, numbers ordered ones from their start, and indents nested lists and quotes', () => {
    const { body } = article([ul(item([text('one')], ol(9, item([text('nine')]), item([text('ten')]))), item([text('two')])), quote(text('quoted'), br, text('more'))]);
    expect(renderBodyPlainText(body)).toBe('- one\n  9. nine\n  10. ten\n- two\n\n    quoted\n    more\n');
  });

  it('keeps text exactly, markup characters included, minus control characters', () => {
    const { body } = article([p(text('<b>not markup</b> * _ # \u0007bell'))]);
    expect(renderBodyPlainText(body)).toBe('<b>not markup</b> * _ # bell\n');
  });
});
