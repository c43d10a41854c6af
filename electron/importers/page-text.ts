/**
 * The article inside the text of a saved news web page: menus, "Trending" lists, share
 * buttons, related posts and footers around the story, all as plain lines. There is no
 * markup left to read (Readability needs HTML), so the rule reads the lines themselves,
 * the way boilerplate removers such as jusText do:
 *
 * - Prose is a line of at least 15 words ending like a sentence, or any line of 40 words.
 *   Menus, teasers, dates and buttons are short; the story's paragraphs are not.
 * - The article is the largest run of prose whose gaps hold only a few short lines (its
 *   subheads, a list); a share bar, a date line or a credit ends a run.
 * - Its headline is the longest title-like line in the few lines above the run; its dek
 *   the first sentence-like line between headline and run.
 *
 * It fails safe: only text that looks like a page (many list lines or share bars) is read
 * this way, and only when one run clearly holds the story (at least 100 words and twice
 * any other run). Otherwise the caller keeps all the text and says why.
 */

export interface PageArticle {
  headline: string | null;
  dek: string | null;
  blocks: Array<{ kind: 'heading' | 'paragraph'; text: string }>;
  /** Words kept, of the words in the whole text. */
  keptWords: number;
  totalWords: number;
}

export type PageReading = { kind: 'not-a-page' } | { kind: 'unsure'; reason: string } | { kind: 'article'; article: PageArticle };

const LIST_LINE = /^(?:[-*•‣◦▪–—]\s|\d{1,3}[.)]\s)/u;
const SOCIAL = new Set(
  ['facebook', 'twitter', 'x', '(twitter)', 'linkedin', 'whatsapp', 'email', 'e-mail', 'reddit', 'telegram', 'instagram', 'youtube', 'tiktok', 'pinterest', 'tumblr', 'print', 'share', 'share.', 'copy', 'link', 'threads', 'bluesky', 'mastodon'],
);
const DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/;
const CREDIT = /^(?:image|photo|picture|photograph|illustration|video)\s*(?:by|:|credit)|^(?:credit|source)\s*:/i;
/** Breadcrumbs ("Home » Latest » …") and the page's own labels. */
const PAGE_LABEL = /[»›]|^(?:related posts|read more|leave a reply|share|comments?|advertisement|subscribe)\b/i;
const HEADER_WINDOW = 12;
const MAX_GAP_LINES = 3;
const MIN_ARTICLE_WORDS = 100;

const wordsOf = (line: string): number => line.split(/\s+/).filter((word) => word !== '').length;
const isList = (line: string): boolean => LIST_LINE.test(line);
const isSocial = (line: string): boolean => {
  const words = line.toLowerCase().split(/\s+/).filter((word) => word !== '');
  return words.length >= 2 && words.filter((word) => SOCIAL.has(word)).length * 2 >= words.length;
};
const isProse = (line: string): boolean => !isList(line) && (wordsOf(line) >= 40 || (wordsOf(line) >= 15 && /[.!?…"”’)\]]$/u.test(line)));
/** Lines that are the page's, never the story's: a run of prose does not continue past one. */
const isFurniture = (line: string): boolean => isSocial(line) || (DATE.test(line) && wordsOf(line) <= 12) || CREDIT.test(line) || PAGE_LABEL.test(line);
/** A subhead or headline: a short line that does not end like a sentence. */
const isTitleLike = (line: string): boolean =>
  wordsOf(line) >= 3 && wordsOf(line) <= 25 && line.length <= 200 && !/[.,;:]$/.test(line) && /^[\p{Lu}\p{N}"“‘']/u.test(line) && !isList(line) && !isFurniture(line);

interface Run {
  start: number;
  end: number;
  words: number;
}

/** Runs of prose lines joined across small gaps of subheads and list lines. */
function proseRuns(lines: readonly string[]): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let gap: number[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (isProse(line)) {
      if (current === null) current = { start: i, end: i, words: 0 };
      current.end = i;
      current.words += wordsOf(line);
      gap = [];
      continue;
    }
    if (current === null) continue;
    gap.push(i);
    const joinable = !isFurniture(line) && (isTitleLike(line) || isList(line));
    if (!joinable || gap.length > MAX_GAP_LINES) {
      runs.push(current);
      current = null;
      gap = [];
    }
  }
  if (current !== null) runs.push(current);
  return runs;
}

/** Whether the text is a page's rather than a document's: menus (many list lines) or share bars. */
function looksLikePage(lines: readonly string[]): boolean {
  const listLines = lines.filter(isList).length;
  const socialLines = lines.filter(isSocial).length;
  return lines.length >= 30 && (listLines >= 10 || socialLines >= 2);
}

export function readPageText(lines: readonly string[]): PageReading {
  if (!looksLikePage(lines)) return { kind: 'not-a-page' };
  const runs = proseRuns(lines).sort((a, b) => b.words - a.words);
  const [best, second] = runs;
  if (best === undefined || best.words < MIN_ARTICLE_WORDS) return { kind: 'unsure', reason: 'no part of it reads as an article' };
  if (second !== undefined && best.words < second.words * 2) return { kind: 'unsure', reason: 'more than one part of it could be the article' };

  const headerStart = Math.max(0, best.start - HEADER_WINDOW);
  let headlineAt = -1;
  for (let i = best.start - 1; i >= headerStart; i -= 1) {
    const line = lines[i]!;
    if (isTitleLike(line) && (headlineAt === -1 || wordsOf(line) > wordsOf(lines[headlineAt]!))) headlineAt = i;
  }
  let dek: string | null = null;
  if (headlineAt !== -1) {
    for (let i = headlineAt + 1; i < best.start && dek === null; i += 1) {
      const line = lines[i]!;
      if (wordsOf(line) >= 8 && /[.!?]$/.test(line) && !isFurniture(line) && !isList(line)) dek = line;
    }
  }
  const blocks = lines.slice(best.start, best.end + 1).map((text) => ({ kind: isProse(text) || isList(text) ? ('paragraph' as const) : ('heading' as const), text }));
  return {
    kind: 'article',
    article: {
      headline: headlineAt === -1 ? null : lines[headlineAt]!,
      dek,
      blocks,
      keptWords: blocks.reduce((sum, block) => sum + wordsOf(block.text), 0),
      totalWords: lines.reduce((sum, line) => sum + wordsOf(line), 0),
    },
  };
}
