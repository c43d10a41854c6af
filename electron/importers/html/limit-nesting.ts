/**
 * Bounds how deeply elements nest before HTML reaches the sanitiser.
 *
 * sanitize-html parses with htmlparser2, which keeps the open elements in an array it
 * `unshift`s and searches, so every tag costs time proportional to the current depth:
 * 40,000 nested `<div>`s take over a second and a few megabytes of them take hours. This
 * pass walks the HTML once, roughly as the HTML tokenizer does, and removes start tags
 * beyond MAX_DEPTH open elements (with their matching end tags).
 *
 * It only ever removes tags, never text, and the sanitiser still checks everything that
 * remains, so a place where this reading differs from a browser's can cost structure in a
 * malformed document but never safety.
 */

import type { PartBudget } from '../budget';

const MAX_DEPTH = 256;

/** Elements that never have content (all of them void for htmlparser2 too). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Start tags that close the element on top of the stack (`<li>a<li>b`, `<p>a<div>`), as
 * htmlparser2 does. This is a subset of its rules: where they differ, this pass keeps
 * more elements open than the parser does, so it may remove a tag early but never lets the
 * parser's stack grow past the bound.
 */
const P_ONLY = new Set(['p']);
const CLOSES_ON_OPEN = new Map<string, ReadonlySet<string>>([
  ['li', new Set(['li'])],
  ['dt', new Set(['dt', 'dd'])],
  ['dd', new Set(['dt', 'dd'])],
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (name): [string, ReadonlySet<string>] => [name, P_ONLY],
  ),
]);

/** Elements whose content htmlparser2 reads as raw text up to their end tag, with the pattern of that end tag. */
const RAW_TEXT_END = new Map(['script', 'style', 'textarea', 'title', 'xmp'].map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'ig')]));
const RAW_TEXT = new Set(RAW_TEXT_END.keys());

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';

/**
 * A tag as the tokenizer reads it. A trailing `/>` is ignored, as HTML (and htmlparser2)
 * ignore it on elements that are not void.
 */
interface Tag {
  name: string;
  closing: boolean;
  /** Index just past the tag's `>`, or -1 when the input ends inside the tag. */
  end: number;
}

/** Reads the tag starting at `start` (a `<` followed by a letter, or `</` and a letter). */
function readTag(html: string, start: number): Tag {
  const closing = html[start + 1] === '/';
  let i = start + (closing ? 2 : 1);
  const nameStart = i;
  while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i += 1;
  const name = html.slice(nameStart, i).toLowerCase();
  // Attributes: quotes matter only after `=`, as in the HTML tokenizer.
  while (i < html.length) {
    const ch = html[i];
    if (ch === '>') return { name, closing, end: i + 1 };
    if (ch === '=') {
      i += 1;
      while (isSpace(html[i])) i += 1;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close === -1) return { name, closing, end: -1 };
        i = close + 1;
      }
    } else {
      i += 1;
    }
  }
  return { name, closing, end: -1 };
}

/**
 * The HTML with start tags nested deeper than MAX_DEPTH removed, along with their end tags.
 * Start tags count against `budget`, so that a file of millions of tags is refused here,
 * before the much slower sanitiser reads it.
 */
export function limitNesting(html: string, budget: PartBudget | null = null): string {
  const parts: string[] = [];
  const open: string[] = [];
  const dropped = new Map<string, number>();
  let copied = 0;
  let i = html.indexOf('<');
  while (i !== -1 && i < html.length) {
    const next = html.charCodeAt(i + 1);
    if (html.startsWith('<!--', i) || html.startsWith('<![CDATA[', i)) {
      const terminator = html[i + 2] === '-' ? '-->' : ']]>';
      const end = html.indexOf(terminator, i + 4);
      if (end === -1) break;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const isTag = isAsciiLetter(next) || (next === 47 /* / */ && isAsciiLetter(html.charCodeAt(i + 2)));
    if (!isTag) {
      // `<!DOCTYPE`, `<?xml` and the like end at the next `>`; a lone `<` is text.
      const end = next === 33 /* ! */ || next === 63 /* ? */ ? html.indexOf('>', i) : i;
      if (end === -1) break;
      i = html.indexOf('<', end + 1);
      continue;
    }
    const tag = readTag(html, i);
    if (tag.end === -1) break; // the input ends inside a tag: no parser sees tags after it
    if (!tag.closing) budget?.spend();
    let keep = true;
    if (tag.closing) {
      const pending = dropped.get(tag.name) ?? 0;
      if (pending > 0) {
        dropped.set(tag.name, pending - 1);
        keep = false;
      } else {
        const index = open.lastIndexOf(tag.name);
        if (index !== -1) open.length = index;
      }
    } else if (!VOID.has(tag.name)) {
      const closes = CLOSES_ON_OPEN.get(tag.name);
      while (closes !== undefined && open.length > 0 && closes.has(open[open.length - 1] ?? '')) open.pop();
      if (open.length >= MAX_DEPTH && !RAW_TEXT.has(tag.name)) {
        // Raw-text elements are never removed: their content would turn into text.
        dropped.set(tag.name, (dropped.get(tag.name) ?? 0) + 1);
        keep = false;
      } else {
        open.push(tag.name);
      }
    }
    if (!keep) {
      parts.push(html.slice(copied, i));
      copied = tag.end;
    }
    let resume = tag.end;
    const pattern = tag.closing ? undefined : RAW_TEXT_END.get(tag.name);
    if (pattern !== undefined) {
      // Raw text runs to the element's end tag; markup inside it is not markup.
      pattern.lastIndex = tag.end;
      const end = pattern.exec(html);
      if (end === null) break;
      resume = end.index;
    }
    i = html.indexOf('<', resume);
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}
