import { describe, expect, it } from 'vitest';
import { Document, EndnoteReferenceRun, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { importDocument, ImportError } from '../../../electron/importers/index';
import { checkDocxArchive } from '../../../electron/importers/docx/zip-check';
import { channels } from '../../../shared/contract/channels';
import { scanBody } from '../../../shared/content/scan';
import { linkedNotes, textOf } from './helpers';
import { docxSkeleton, docxWithBody, entry, wordParagraph, zip } from './hostile/zip';

/** A Word document with footnotes and endnotes, written here so that no binary file is committed. */
async function wordDocument(): Promise<Uint8Array> {
  const document = new Document({
    title: 'Properties title',
    footnotes: {
      1: { children: [new Paragraph('Ministry of Water, annual report, p. 12.')] },
      2: {
        children: [
          new Paragraph({
            children: [new TextRun('See '), new ExternalHyperlink({ link: 'https://gov.example/report', children: [new TextRun('the report')] }), new TextRun('.')],
          }),
        ],
      },
    },
    endnotes: { 1: { children: [new Paragraph('Budget statement, 2026.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Levees held, ministry says', heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun('The levees held.'), new FootnoteReferenceRun(1), new TextRun(' Residents disagreed.'), new FootnoteReferenceRun(2)] }),
          new Paragraph({ text: 'Cost', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ children: [new TextRun({ text: 'Three billion', bold: true }), new TextRun('.'), new EndnoteReferenceRun(1)] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The bytes with one entry's declared uncompressed size in the central directory replaced. */
function withDeclaredSize(bytes: Uint8Array, entry: string, size: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  const name = new TextEncoder().encode(entry);
  for (let at = 0; at + 46 < copy.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== name.length) continue;
    if (copy.subarray(at + 46, at + 46 + name.length).every((byte, i) => byte === name[i])) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no central directory entry for ${entry}`);
}

describe('Word (.docx) import', () => {
  it('keeps footnotes and endnotes as numbered footnotes, takes the title as the headline, and keeps formatting', async () => {
    const result = await importDocument('levees.docx', { bytes: await wordDocument() });
    expect(result.meta.headline).toBe('Levees held, ministry says');
    expect(scanBody(result.body).footnotes.map((note) => note.text)).toEqual([
      'Ministry of Water, annual report, p. 12.',
      'See the report.',
      'Budget statement, 2026.',
    ]);
    expect(linkedNotes(result)).toEqual([[], ['the report → https://gov.example/report'], []]);
    expect(textOf(result)).toBe(
      [
        'The levees held.[1] Residents disagreed.[2]',
        '',
        'Cost',
        '',
        'Three billion.[3]',
        '',
        'Notes',
        '',
        '[1] Ministry of Water, annual report, p. 12.',
        '[2] See the report (https://gov.example/report).',
        '[3] Budget statement, 2026.',
        '',
      ].join('\n'),
    );
    expect(JSON.stringify(result.body)).toContain('"text":"Three billion","format":1');
  });

  it('travels through the articles.import channel as base64 data, and text and data are not both allowed', async () => {
    const data = Buffer.from(await wordDocument()).toString('base64');
    const input = channels['articles.import'].input;
    expect(input.safeParse({ fileName: 'a.docx', data }).success).toBe(true);
    expect(input.safeParse({ fileName: 'a.txt', text: 'Hello' }).success).toBe(true);
    expect(input.safeParse({ fileName: 'a.docx', data, text: 'x' }).success).toBe(false);
    expect(input.safeParse({ fileName: 'a.docx' }).success).toBe(false);
    expect(input.safeParse({ fileName: 'a.docx', data: 'not base64!' }).success).toBe(false);
    const result = await importDocument('a.docx', { bytes: new Uint8Array(Buffer.from(data, 'base64')) });
    expect(scanBody(result.body).footnotes).toHaveLength(3);
  });

  it('refuses a zip bomb from its declared sizes, before decompressing anything', async () => {
    const bytes = await wordDocument();
    expect(checkDocxArchive(bytes, 'ok.docx').names.has('word/document.xml')).toBe(true);
    const bomb = withDeclaredSize(bytes, 'word/document.xml', 0xfffffffe);
    await expect(importDocument('bomb.docx', { bytes: bomb })).rejects.toThrow(/"bomb\.docx" was refused: it would expand to \d+ MB/);
    // Small declared sizes, but expanding far beyond what text compresses to.
    const dense = withDeclaredSize(bytes, 'word/document.xml', 50 * 1024 * 1024);
    await expect(importDocument('dense.docx', { bytes: dense })).rejects.toThrow(ImportError);
  });

  it('refuses files that are not Word documents with a message that says what to do', async () => {
    await expect(importDocument('notes.docx', { bytes: new TextEncoder().encode('just text') })).rejects.toThrow(
      /"notes\.docx" is not a Word document Galley can read \(it is not a ZIP archive\)\. Open it in Word and save it again as \.docx\./,
    );
    await expect(importDocument('big.docx', { bytes: new Uint8Array(20 * 1024 * 1024 + 1) })).rejects.toThrow(/larger than 20 MB/);
  });
});

describe('Word documents as Word reads them', () => {
  const relsTo = (target: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;
  const documentXml = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

  it('finds the main part through the package relationships, wherever it is', async () => {
    const [contentTypes] = docxSkeleton();
    const file = zip([contentTypes!, entry('_rels/.rels', relsTo('/word/document2.xml')), entry('word/document2.xml', documentXml(wordParagraph('Found through the relationships.')))]);
    expect(textOf(await importDocument('moved.docx', { bytes: file }))).toContain('Found through the relationships.');
    const missing = zip([contentTypes!, entry('_rels/.rels', relsTo('/word/elsewhere.xml')), entry('word/document.xml', documentXml(wordParagraph('Not the main part.')))]);
    await expect(importDocument('broken.docx', { bytes: missing })).rejects.toThrow(/has no word\/elsewhere\.xml/);
  });

  it('joins a drop cap back to the word it begins', async () => {
    const dropCap = '<w:p><w:pPr><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/></w:pPr><w:r><w:t>D</w:t></w:r></w:p>';
    const file = docxWithBody(`${dropCap}${wordParagraph('rop cap. The first paragraph.')}${wordParagraph('The second.')}`);
    const result = await importDocument('dropcap.docx', { bytes: file });
    expect(textOf(result).trim().split('\n\n')).toEqual(['Drop cap. The first paragraph.', 'The second.']);
  });
});
