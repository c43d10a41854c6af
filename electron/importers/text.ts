import { cleanText } from '../../shared/content/render/clean-text';
import type { Block, Inline } from '../../shared/content/render/tree';
import { importedBody, PartBudget } from './budget';
import { checkedMeta } from './meta';
import type { ImportResult } from './result';

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

function paragraphInlines(lines: readonly string[]): Inline[] {
  if (lines.length === 1 || (!lines.some((line) => LIST_MARKER.test(line)) && isHardWrapped(lines))) {
    return [{ kind: 'text', text: lines.join(' '), format: 0 }];
  }
  return lines.flatMap((line, index): Inline[] => {
    const text: Inline = { kind: 'text', text: line, format: 0 };
    return index === 0 ? [text] : [{ kind: 'break' }, text];
  });
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

export function importText(text: string, fileName: string): ImportResult {
  const warnings: string[] = [];
  const budget = new PartBudget(fileName);
  const paragraphs = textParagraphs(text, budget);
  let headline: string | undefined;
  const [first] = paragraphs;
  if (paragraphs.length > 1 && first !== undefined && first.length === 1 && looksLikeHeadline(first[0] ?? '')) {
    headline = first[0];
    paragraphs.shift();
  }
  const blocks: Block[] = paragraphs.map((lines) => ({ kind: 'paragraph', direction: null, children: paragraphInlines(lines) }));
  return { meta: checkedMeta({ headline }, warnings), body: importedBody(blocks, budget), warnings };
}
