import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/importers/index';
import { FIXTURE_IMAGES } from '../images/fixtures';
import { blocksOf, textOf } from './helpers';

const savedPage = (): string => readFileSync(join(FIXTURE_IMAGES, '..', 'articles', 'xplora-putin-territorial-issues.txt'), 'utf8');

/** A page's furniture: a menu of list lines and a share bar. */
const MENU = Array.from({ length: 12 }, (_, i) => `  • Section ${i + 1}`).join('\n');
const SHARE = 'Facebook Twitter LinkedIn WhatsApp Copy Link';
const paragraph = (topic: string) =>
  `The council met on Tuesday to discuss the ${topic}, and members spoke at length about the costs, the delays and what residents had told them in the weeks before the vote. ` +
  `Several asked for the figures to be published in full, and the chair agreed that the officers would report again next month with a plan, a budget and a timetable for the work.`;

describe('the text of a saved news web page', () => {
  it('imports as its article: headline, subheads as headings, paragraphs, dangling markers reported, the page left out', () => {
    const result = importFile('page.txt', savedPage());
    expect(result.meta.headline).toBe('Putin Coordinates with U.S. Envoys, Emphasizes Territorial Issues');
    expect(result.meta.dek).toBeUndefined();
    const kinds = blocksOf(result).map((block) => (block.kind === 'heading' ? `h${block.level}` : block.kind));
    expect(kinds).toEqual(['paragraph', 'h2', 'paragraph', 'paragraph', 'paragraph', 'h2', 'paragraph', 'paragraph']);
    const text = textOf(result);
    expect(text.startsWith('Late on January 22, 2026, Russian President Vladimir Putin met with U.S. envoys')).toBe(true);
    expect(text).toContain('Territorial Issues Remain the Primary Barrier to Peace Negotiations');
    expect(text.trimEnd().endsWith('with Ukraine’s sovereignty in jeopardy.')).toBe(true);
    expect(text).not.toMatch(/Close Menu|Trending|Related Posts|Ad Blocker|Copy Link|Hafsa writes/);
    expect(result.warnings[0]).toMatch(/^Only the article was kept from this web page’s text \(\d+ of its \d+ words\)/);
    expect(result.warnings).toContainEqual(expect.stringMatching(/\[8\], \[9\], \[17\].*dangling/));
  });

  it('takes a dek when one stands between the headline and the story', () => {
    const page = [MENU, '', 'Home » City » Bridge', 'Bridge Repairs Approved After Long Debate', 'Residents welcomed the decision but asked when the work would start.', SHARE, '', paragraph('bridge'), '', 'What Happens Next', '', paragraph('budget'), '', SHARE, MENU].join('\n');
    const result = importFile('page.txt', page);
    expect(result.meta).toMatchObject({ headline: 'Bridge Repairs Approved After Long Debate', dek: 'Residents welcomed the decision but asked when the work would start.' });
    expect(blocksOf(result).map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('keeps all the text, and says so, when it cannot tell which part is the article', () => {
    const twoStories = [MENU, '', SHARE, '', paragraph('bridge'), '', paragraph('school'), '', SHARE, '', paragraph('park'), '', paragraph('library'), '', MENU].join('\n');
    const result = importFile('page.txt', twoStories);
    expect(textOf(result)).toContain('Section 1');
    expect(textOf(result)).toContain('discuss the library');
    expect(result.warnings).toContain(
      'This looks like the text of a web page, but Galley could not tell its article from the rest (more than one part of it could be the article): all of its text was kept.',
    );
  });

  it('leaves a document that is not a page as it was, lists and all', () => {
    const notes = ['Council notes', '', paragraph('bridge'), '', ...Array.from({ length: 12 }, (_, i) => `- item ${i + 1}`), '', paragraph('budget')].join('\n');
    const result = importFile('notes.txt', notes);
    expect(result.meta.headline).toBe('Council notes');
    expect(textOf(result)).toContain('item 12');
    expect(result.warnings).toEqual([]);
  });
});
