import { cleanText } from '../../shared/content/render/clean-text';
import { pushAll } from '../../shared/content/render/push-all';
import type { Block, Inline } from '../../shared/content/render/tree';
import { importedBody, PartBudget } from './budget';
import { checkedMeta } from './meta';
import { danglingWarning, pushTextWithReferences, type NoteLookup } from './references';
import type { ImportResult } from './result';
import { findNotesSection } from './text-notes';
import { readPageText, type PageArticle } from './page-text';

/**
 * Plain text: paragraphs are separated by blank lines. A paragraph's lines are joined
 * with spaces when the text was hard-wrapped (e-mail, wire copy), and kept as line breaks
 * when they are lines in their own right (verse, addresses, a list of items).
 */

/** A line that starts like a list item: a bullet, a dash, or a number with a full stop or parenthesis. */
const LIST_MARKER = /^(?:[-*•‣◦▪–—]\s|\d{1,3}[.)]\s|[a-z][.)]\s)/iu;

/** Wrapped text is at least this wide: nobody wraps prose narrower, while verse lines are mostly shorter. */
const MIN_WRAP_WIDTH = 50;

/** A headline: one short line that does not end like a sentence or a lead-in. */
function looksLikeHeadline(line: string): boolean {
  return line.length <= 150 && line.split(/\s+/).length <= 25 && !/[.,;:]$/.test(line) && !LIST_MARKER.test(line);
}

/**
 * True when the lines were broken only to fit a width: every line is as long as it could
 * be, because the next line's first word would not have fitted after it.
 */
function isHardWrapped(lines: readonly string[]): boolean {
  const width = lines.reduce((widest, line) => Math.max(widest, line.length), 0);
  if (width < MIN_WRAP_WIDTH) return false;
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const nextWord = (lines[i + 1] ?? '').split(/\s/)[0] ?? '';
    if ((lines[i] ?? '').length + 1 + nextWord.length <= width) return false;
  }
  return true;
}

/** A paragraph's inlines, with bracketed references (`[8]`) as footnotes or dangling markers. */
function paragraphInlines(lines: readonly string[], notes: NoteLookup, dangling: string[]): Inline[] {
  const out: Inline[] = [];
  if (lines.length === 1 || (!lines.some((line) => LIST_MARKER.test(line)) && isHardWrapped(lines))) {
    pushAll(dangling, pushTextWithReferences(out, lines.join(' '), 0, notes));
    return out;
  }
  lines.forEach((line, index) => {
    if (index > 0) out.push({ kind: 'break' });
    pushAll(dangling, pushTextWithReferences(out, line, 0, notes));
  });
  return out;
}

/** Lines grouped into paragraphs at blank lines, each line trimmed. */
export function textParagraphs(text: string, budget: PartBudget): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const rawLine of cleanText(text.replace(/^\uFEFF/, '')).split(/\r\n|\r|\n/)) {
    const line = rawLine.trim();
    if (line === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      budget.spend(2); // a line is at most a text run and a line break
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** The article found in a web page's text (./page-text): its subheads as headings, its markers still reported. */
function importPageArticle(article: PageArticle, budget: PartBudget): ImportResult {
  const dangling: string[] = [];
  const noNotes: NoteLookup = () => undefined;
  const blocks: Block[] = article.blocks.map(({ kind, text }) =>
    kind === 'heading'
      ? { kind: 'heading', level: 2, direction: null, children: paragraphInlines([text], noNotes, dangling) }
      : { kind: 'paragraph', direction: null, children: paragraphInlines([text], noNotes, dangling) },
  );
  const warnings = [
    `Only the article was kept from this web page’s text (${article.keptWords} of its ${article.totalWords} words): its menus, lists of other stories, share buttons and footer were left out.`,
    ...danglingWarning(dangling),
  ];
  const meta = checkedMeta({ ...(article.headline === null ? {} : { headline: article.headline }), ...(article.dek === null ? {} : { dek: article.dek }) }, warnings);
  return { meta, body: importedBody(blocks, budget), warnings };
}

export function importText(text: string, fileName: string): ImportResult {
  const warnings: string[] = [];
  const budget = new PartBudget(fileName);
  const paragraphs = textParagraphs(text, budget);
  const page = readPageText(paragraphs.flat());
  if (page.kind === 'article') return importPageArticle(page.article, budget);
  if (page.kind === 'unsure') warnings.push(`This looks like the text of a web page, but Galley could not tell its article from the rest (${page.reason}): all of its text was kept.`);
  let headline: string | undefined;
  const [first] = paragraphs;
  if (paragraphs.length > 1 && first !== undefined && first.length === 1 && looksLikeHeadline(first[0] ?? '')) {
    headline = first[0];
    paragraphs.shift();
  }
  // A notes section at the end gives the bracketed markers their notes; it is not body text.
  const section = findNotesSection(paragraphs);
  const body = section === null ? paragraphs : paragraphs.slice(0, section.start);
  const used = new Set<string>();
  const notes: NoteLookup = (label) => {
    const note = section?.notes.get(label);
    if (note !== undefined) used.add(label);
    return note;
  };
  const dangling: string[] = [];
  const blocks: Block[] = body.map((lines) => ({ kind: 'paragraph', direction: null, children: paragraphInlines(lines, notes, dangling) }));
  if (section !== null) {
    // Notes no marker points at are kept as text at the end, rather than lost.
    const unused = [...section.notes].filter(([label]) => !used.has(label));
    for (const [label, note] of unused) blocks.push({ kind: 'paragraph', direction: null, children: [{ kind: 'text', text: `[${label}] ${note}`, format: 0 }] });
    if (unused.length > 0) warnings.push(`${unused.length === 1 ? 'One note is' : `${unused.length} notes are`} not referred to in the text; kept as paragraphs at the end.`);
  }
  warnings.push(...danglingWarning(dangling));
  return { meta: checkedMeta({ headline }, warnings), body: importedBody(blocks, budget), warnings };
}
