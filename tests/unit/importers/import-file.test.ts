import { describe, expect, it } from 'vitest';
import { formatForFile, ImportError, importFile, MAX_IMPORT_BYTES } from '../../../electron/importers/index';
import { validateBody } from '../../../shared/content/validate';
import { h, p, text } from '../content/helpers';
import { blocksOf } from './helpers';

describe('importFile', () => {
  it('picks the importer by extension, in any letter case, or by an explicit format', () => {
    expect(formatForFile('notes.TXT')).toBe('txt');
    expect(formatForFile('C:\\drafts\\story.markdown')).toBe('md');
    expect(formatForFile('/tmp/page.HTM')).toBe('html');
    expect(formatForFile('no-extension')).toBeNull();
    // The same text reads differently by format: `#` is a heading only in Markdown.
    expect(blocksOf(importFile('a.md', 'It began.\n\n## Part'))).toEqual([p(text('It began.')), h(2, text('Part'))]);
    expect(blocksOf(importFile('a.md', 'It began.\n\n## Part', 'txt'))).toEqual([p(text('It began.')), p(text('## Part'))]);
    expect(blocksOf(importFile('a.txt', '<p>para</p>', 'html'))).toEqual([p(text('para'))]);
  });

  it('refuses unknown formats with a message that says what to do', () => {
    expect(() => importFile('photo.jpg', 'x')).toThrow(ImportError);
    expect(() => importFile('photo.jpg', 'x')).toThrow(
      'Galley cannot import "photo.jpg". It imports Word documents (.docx), plain text (.txt), Markdown (.md) and HTML (.html, .htm) files.',
    );
    expect(() => importFile('/home/me/old.doc', 'x')).toThrow(/"old\.doc" is an old-style Word document.*save it as a \.docx/);
    // A Word document is bytes: sent as text it is refused with the reason, not misread.
    expect(() => importFile('/home/me/report.docx', 'x')).toThrow(/"report\.docx" is a Word document: it has to be sent as the file's bytes/);
    // A format from an untyped caller is checked, not trusted.
    expect(() => importFile('a.txt', 'x', 'pdf' as never)).toThrow(ImportError);
  });

  it('refuses input over 20 MB, counting bytes rather than characters', () => {
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
    expect(() => importFile('big.txt', 'a'.repeat(MAX_IMPORT_BYTES + 1))).toThrow(/"big\.txt" is larger than 20 MB/);
    // Fewer characters than the limit, but each is two bytes in UTF-8.
    expect(() => importFile('urdu.txt', 'ب '.repeat(MAX_IMPORT_BYTES / 3 + 1))).toThrow(/larger than 20 MB/);
  });

  it('refuses a file with more parts than any article has, before building it', () => {
    const tooLarge = /is too large to import as one article: it has more than 200,000 paragraphs, list items, links and other parts/;
    expect(() => importFile('lines.txt', 'a line\n'.repeat(110_000))).toThrow(tooLarge);
    expect(() => importFile('items.md', '- item\n'.repeat(210_000))).toThrow(tooLarge);
    // A long read is nowhere near the limit.
    expect(() => importFile('long.md', 'A paragraph of a long read, with **some** [links](https://example.com).\n\n'.repeat(2_000))).not.toThrow();
  });

  it('always returns a body that loads, whatever the input', () => {
    for (const [name, input] of [
      ['empty.txt', ''],
      ['blank.md', '\n\n   \n'],
      ['only-markup.html', '<div><span></span></div>'],
      ['weird.md', '- \n-\n> \n#\n```'],
      ['binary.txt', '\u0000\u0001\uFFFE\uD800 lone surrogate'],
    ] as const) {
      const result = importFile(name, input);
      expect(() => validateBody(result.body), name).not.toThrow();
    }
    expect(blocksOf(importFile('binary.txt', '\u0000\u0001\uD800 text'))).toEqual([p(text('\uFFFD text'))]);
  });
});
