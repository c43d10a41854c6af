import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/importers/index';
import { scanBody } from '../../../shared/content/scan';
import type { Inline } from '../../../shared/content/render/tree';
import { blocksOf, textOf } from './helpers';

const FIXTURE = join(process.cwd(), '..', 'shared', 'fixtures', 'articles', 'xplora-putin-territorial-issues.txt');

const inlinesOf = (result: ReturnType<typeof importFile>): Inline[] =>
  blocksOf(result).flatMap((block) => (block.kind === 'paragraph' ? block.children : []));

describe('bracketed references in plain text', () => {
  it('keeps the news page fixture’s [8], [9] and [17] as exactly three dangling references, through its navigation', () => {
    const result = importFile('xplora-putin-territorial-issues.txt', readFileSync(FIXTURE, 'utf8'));
    const references = inlinesOf(result).filter((inline) => inline.kind === 'reference');
    expect(references).toEqual([
      { kind: 'reference', label: '8' },
      { kind: 'reference', label: '9' },
      { kind: 'reference', label: '17' },
    ]);
    expect(scanBody(result.body).footnotes).toEqual([]);
    expect(result.warnings).toContain(
      '3 references ([8], [9], [17]) have no note in this file. They are kept and marked as dangling references: add their footnotes or citations.',
    );
    expect(textOf(result)).toContain('valiantly defended [8][9]. In summary');
    expect(textOf(result)).toContain('worst winter of the conflict [17]. According');
  });

  it('gives markers their notes from a Notes or References section at the end, which leaves the body', () => {
    const result = importFile(
      'story.txt',
      'Talks resume\n\nRussia said so [1] and Ukraine denied it [2][3].\n\nReferences\n[1] Kremlin statement, 23 January.\n[2] Presidential office,\nevening briefing.\n[4] Never cited.\n',
    );
    expect(result.meta.headline).toBe('Talks resume');
    expect(scanBody(result.body).footnotes.map((note) => `${note.number}:${note.text}`)).toEqual([
      '1:Kremlin statement, 23 January.',
      '2:Presidential office, evening briefing.',
    ]);
    expect(inlinesOf(result).filter((inline) => inline.kind === 'reference')).toEqual([{ kind: 'reference', label: '3' }]);
    // The unused note is kept as text rather than lost.
    expect(textOf(result)).toContain('[4] Never cited.');
    expect(textOf(result)).not.toContain('References');
  });

  it('reads a trailing run of [N] notes with no heading, and numbered notes under a heading', () => {
    const bare = importFile('a.txt', 'A claim [8].\n\n[8] The note.');
    expect(scanBody(bare.body).footnotes.map((note) => note.text)).toEqual(['The note.']);
    const numbered = importFile('b.txt', 'A claim [1].\n\nNotes:\n1. First note.');
    expect(scanBody(numbered.body).footnotes.map((note) => note.text)).toEqual(['First note.']);
  });

  it('leaves brackets that are words, years or long numbers as text', () => {
    const result = importFile('c.txt', 'He said [sic] it in [2024], item [1234] and [citation needed].');
    expect(inlinesOf(result)).toEqual([{ kind: 'text', text: 'He said [sic] it in [2024], item [1234] and [citation needed].', format: 0 }]);
  });
});
