import { Document, Packer, Paragraph } from 'docx';
import { BROKEN, PLAIN, fixture, jpegClaiming, pngBomb, truncatedJpeg, htmlAsJpeg } from '../../images/fixtures';
import { docxSkeleton, docxWithBody, entry, repeatedEntry, wordParagraph, zip } from './zip';

/**
 * Damaged and hostile files, built in code. Each says what Galley must do with it:
 * refuse it with a message that names the file and says what is wrong, or import it.
 * "either" is for files where both are fair (a binary file named .txt may come out as
 * replacement characters or be refused), as long as the answer is bounded and clear.
 */
export type Expectation = { outcome: 'refused'; message: RegExp } | { outcome: 'imported' } | { outcome: 'either' };

export interface HostileFile {
  what: string;
  /** Which way in: an article import or the image store. */
  via: 'articles.import' | 'assets.add' | 'sources.import';
  fileName: string;
  make: () => Promise<{ text: string } | { bytes: Uint8Array }>;
  expect: Expectation;
}

const refused = (message: RegExp): Expectation => ({ outcome: 'refused', message });
const MB = 1024 * 1024;

async function realDocx(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph('A real paragraph, then the file is cut.')] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const FRENCH =
  "Le conseil municipal s'est réuni mardi soir pour débattre du budget de l'année prochaine. " +
  'Les élus ont voté la rénovation de la piscine et la création de deux classes à l’école du centre. ' +
  "L'opposition a demandé un audit des dépenses engagées depuis le début du mandat.\n\n";

const nested = (open: string, close: string, depth: number, inner = 'deep text'): string => open.repeat(depth) + inner + close.repeat(depth);

const BILLION_LAUGHS = `<!DOCTYPE w:document [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>`;

const EXTERNAL_ENTITY = `<!DOCTYPE w:document [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>`;

export const HOSTILE_FILES: readonly HostileFile[] = [
  // Word documents.
  {
    what: 'a .docx cut in half',
    via: 'articles.import',
    fileName: 'truncated.docx',
    make: async () => {
      const bytes = await realDocx();
      return { bytes: bytes.subarray(0, Math.floor(bytes.length / 2)) };
    },
    expect: refused(/"truncated\.docx" is not a Word document Galley can read/),
  },
  {
    what: 'a .docx of zero bytes',
    via: 'articles.import',
    fileName: 'empty.docx',
    make: async () => ({ bytes: new Uint8Array(0) }),
    expect: refused(/"empty\.docx" is not a Word document Galley can read/),
  },
  {
    what: 'a PNG named .docx (wrong type)',
    via: 'articles.import',
    fileName: 'picture.docx',
    make: async () => ({ bytes: new Uint8Array(pngBomb(10, 10)) }),
    expect: refused(/"picture\.docx" is not a Word document Galley can read \(it is not a ZIP archive\)/),
  },
  {
    what: 'a zip bomb as .docx: one honest entry that expands 1,000 times to 300 MB',
    via: 'articles.import',
    fileName: 'bomb.docx',
    make: async () => ({ bytes: zip([...docxSkeleton(), await repeatedEntry('word/document.xml', Buffer.alloc(MB, 0x20), 300)]) }),
    expect: refused(/"bomb\.docx" was refused: it would expand to \d+ MB or more/),
  },
  {
    what: 'a zip bomb as .docx: declared sizes that lie (says 2 KB, inflates to 1 GB)',
    via: 'articles.import',
    fileName: 'liar.docx',
    make: async () => ({ bytes: zip([...docxSkeleton(), await repeatedEntry('word/document.xml', Buffer.alloc(MB, 0x20), 1024, 2048)]) }),
    expect: refused(/"liar\.docx" was refused: .*(expand|size)/),
  },
  {
    what: 'a zip bomb as .docx: 20,000 entries',
    via: 'articles.import',
    fileName: 'many.docx',
    make: async () => ({
      bytes: zip([...docxSkeleton(), entry('word/document.xml', '<w:document/>'), ...Array.from({ length: 20_000 }, (_, i) => entry(`word/media/x${i}.xml`, ''))]),
    }),
    expect: refused(/"many\.docx" is not a Word document Galley can read \(it holds \d+ files\)/),
  },
  {
    what: 'a .docx with billion-laughs entities in document.xml',
    via: 'articles.import',
    fileName: 'laughs.docx',
    make: async () => ({ bytes: docxWithBody(wordParagraph('&lol9;'), BILLION_LAUGHS) }),
    // Word never writes a DOCTYPE; the XML reader refuses one, so no entity is ever expanded.
    expect: refused(/"laughs\.docx" could not be read as a Word document/),
  },
  {
    what: 'a .docx with an external entity (XXE) naming /etc/passwd',
    via: 'articles.import',
    fileName: 'xxe.docx',
    make: async () => ({ bytes: docxWithBody(wordParagraph('before &xxe; after'), EXTERNAL_ENTITY) }),
    expect: refused(/"xxe\.docx" could not be read as a Word document/),
  },
  {
    what: 'a .docx with 100,000 nested tables',
    via: 'articles.import',
    fileName: 'tables.docx',
    make: async () => ({ bytes: docxWithBody(nested('<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', 100_000, wordParagraph('deep'))) }),
    // Markup this repetitive compresses far past what text does: refused before it is parsed.
    expect: refused(/"tables\.docx" was refused: it would expand/),
  },
  // Text.
  {
    what: 'a .txt that is binary (a JPEG)',
    via: 'articles.import',
    fileName: 'photo.txt',
    make: async () => ({ bytes: new Uint8Array(fixture(PLAIN)) }),
    expect: refused(/"photo\.txt" is not text/),
  },
  {
    what: 'a .txt of random bytes with NULs',
    via: 'articles.import',
    fileName: 'noise.txt',
    make: async () => ({ bytes: new Uint8Array(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919) % 256)) }),
    expect: refused(/"noise\.txt" is not text/),
  },
  {
    what: 'a .txt in an old 8-bit encoding (French in Windows-1252): text, not binary',
    via: 'articles.import',
    fileName: 'latin1.txt',
    make: async () => ({ bytes: new Uint8Array(Buffer.from(FRENCH.repeat(20), 'latin1')) }),
    expect: { outcome: 'imported' },
  },
  {
    what: 'a .txt of one 15 MB word',
    via: 'articles.import',
    fileName: 'oneword.txt',
    make: async () => ({ text: 'a'.repeat(15 * MB) }),
    expect: { outcome: 'either' },
  },
  {
    what: 'a .txt over the size limit',
    via: 'articles.import',
    fileName: 'huge.txt',
    make: async () => ({ text: 'a '.repeat(10 * MB + 1) }),
    expect: refused(/"huge\.txt" is larger than 20 MB/),
  },
  // HTML.
  {
    what: 'HTML with 100,000 nested divs',
    via: 'articles.import',
    fileName: 'divs.html',
    make: async () => ({ text: nested('<div>', '</div>', 100_000) }),
    expect: { outcome: 'imported' },
  },
  {
    what: 'HTML with 100,000 nested unclosed <b> and <li>',
    via: 'articles.import',
    fileName: 'unclosed.html',
    make: async () => ({ text: '<b><li>'.repeat(100_000) + 'text' }),
    expect: { outcome: 'imported' },
  },
  {
    what: 'HTML with a 10 MB attribute',
    via: 'articles.import',
    fileName: 'attribute.html',
    make: async () => ({ text: `<p title="${'x'.repeat(10 * MB)}">A paragraph with a huge title.</p><p><a href="https://example.org/${'y'.repeat(MB)}">link</a></p>` }),
    expect: { outcome: 'imported' },
  },
  {
    what: 'HTML with 100,000 attributes on one element',
    via: 'articles.import',
    fileName: 'attributes.html',
    make: async () => ({ text: `<p ${Array.from({ length: 100_000 }, (_, i) => `a${i}="v"`).join(' ')}>text</p>` }),
    expect: { outcome: 'imported' },
  },
  {
    what: 'HTML that is a JPEG (wrong type)',
    via: 'articles.import',
    fileName: 'photo.html',
    make: async () => ({ bytes: new Uint8Array(fixture(PLAIN)) }),
    expect: refused(/"photo\.html" is not text/),
  },
  // Markdown.
  {
    what: 'Markdown with 100,000 nested quotes',
    via: 'articles.import',
    fileName: 'quotes.md',
    make: async () => ({ text: `${'>'.repeat(100_000)} deep` }),
    expect: { outcome: 'imported' },
  },
  {
    what: 'Markdown with 2,000 ever deeper list items',
    via: 'articles.import',
    fileName: 'lists.md',
    make: async () => ({ text: Array.from({ length: 2_000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n') }),
    expect: { outcome: 'imported' },
  },
  {
    what: 'Markdown emphasis and link brackets that backtrack',
    via: 'articles.import',
    fileName: 'brackets.md',
    make: async () => ({ text: `${'*a**'.repeat(25_000)}\n\n${'['.repeat(100_000)}x${'](y)'.repeat(1_000)}\n\n${'`'.repeat(100_000)}` }),
    expect: { outcome: 'imported' },
  },
  // Reference files (CSL-JSON, BibTeX), through the sources library.
  {
    what: 'BibTeX whose @string macros expand to 10^9 characters',
    via: 'sources.import',
    fileName: 'macros.bib',
    make: async () => ({ text: `@string{a0 = "lol"}\n${Array.from({ length: 9 }, (_, i) => `@string{a${i + 1} = ${Array.from({ length: 10 }, () => `a${i}`).join(' # ')}}`).join('\n')}\n@article{bomb, title = a9, author = {Doe, Jane}, year = 2020}\n` }),
    expect: refused(/“macros\.bib” is not readable BibTeX: it is nested too deeply or expands to too much text/),
  },
  {
    what: 'BibTeX with a title of 100,000 nested braces',
    via: 'sources.import',
    fileName: 'braces.bib',
    make: async () => ({ text: `@article{deep, title = ${nested('{', '}', 100_000, 'Deep')}, year = 2020}` }),
    expect: refused(/“braces\.bib” is not readable BibTeX: it is nested too deeply/),
  },
  {
    what: 'CSL-JSON nested 100,000 arrays deep',
    via: 'sources.import',
    fileName: 'deep.json',
    make: async () => ({ text: nested('[', ']', 100_000, '{}') }),
    expect: refused(/“deep\.json” is not readable CSL-JSON: it is nested too deeply/),
  },
  {
    what: 'a JPEG named .bib (wrong type)',
    via: 'sources.import',
    fileName: 'photo.bib',
    make: async () => ({ text: fixture(PLAIN).toString('latin1') }),
    expect: refused(/“photo\.bib” is not readable BibTeX/),
  },
  {
    what: 'CSL-JSON with 20,000 entries',
    via: 'sources.import',
    fileName: 'many.json',
    make: async () => ({ text: JSON.stringify(Array.from({ length: 20_000 }, (_, i) => ({ id: `r${i}`, type: 'article', title: `Report ${i}` }))) }),
    expect: refused(/“many\.json” holds 20000 references; import at most 2000/),
  },
  // Images, through the image store.
  {
    what: 'a PNG decompression bomb (20,000 × 20,000 declared, a few KB on disk)',
    via: 'assets.add',
    fileName: 'bomb.png',
    make: async () => ({ bytes: new Uint8Array(pngBomb()) }),
    expect: refused(/megapixels|pixels/i),
  },
  {
    what: 'a JPEG that claims 60,000 × 60,000 pixels',
    via: 'assets.add',
    fileName: 'bomb.jpg',
    make: async () => ({ bytes: new Uint8Array(jpegClaiming(60_000, 60_000)) }),
    expect: refused(/megapixels|pixels/i),
  },
  {
    what: 'a broken JPEG',
    via: 'assets.add',
    fileName: 'broken.jpg',
    make: async () => ({ bytes: new Uint8Array(fixture(BROKEN)) }),
    expect: { outcome: 'either' },
  },
  {
    what: 'a truncated JPEG',
    via: 'assets.add',
    fileName: 'truncated.jpg',
    make: async () => ({ bytes: new Uint8Array(truncatedJpeg()) }),
    expect: { outcome: 'either' },
  },
  {
    what: 'HTML named .jpg (wrong type)',
    via: 'assets.add',
    fileName: 'page.jpg',
    make: async () => ({ bytes: new Uint8Array(htmlAsJpeg()) }),
    expect: refused(/not an image|JPEG|PNG/i),
  },
];
