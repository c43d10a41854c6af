import type { PartBudget } from '../budget';
import { normaliseLabel, type LinkDefinition } from './blocks';
import { escapeHtml } from '../../../shared/content/render/escape-html';

/**
 * Markdown inline syntax to HTML: emphasis, strong, GFM strikethrough, code spans, links
 * (inline, reference, autolinks and bare URLs), hard breaks, entities, backslash escapes and
 * raw inline HTML (passed on, since the result is sanitised before use). Images become a
 * bare `<img>`: the importer counts them and says they were left out.
 *
 * It follows CommonMark's algorithm (a delimiter stack for emphasis, a bracket stack for
 * links) with one goal beyond correctness for ordinary text: time linear in the input,
 * whatever the input. Each scan that could be repeated is bounded, cached or precomputed;
 * the comments at those places say how.
 */

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const WHITESPACE = /^\s$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;
/** Everything the main loop must look at; runs of anything else are plain text. */
const PLAIN_RUN = /[^\\`*_~[\]!<&\n]+/y;
const BARE_URL_START = /(?:https?:\/\/|www\.)[A-Za-z0-9]/gi;
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<]*/iy;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
// eslint-disable-next-line no-control-regex -- CommonMark autolinks end at control characters and spaces
const URI_AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\u0000-\u0020]*)>/y;
const EMAIL_AUTOLINK =
  /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const HTML_TAG =
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)$/;
/** Longer than any real tag or link label; bounds rescanning (CommonMark caps labels at 999 too). */
const MAX_TAG_LENGTH = 2000;
const MAX_LABEL_LENGTH = 999;

/** For attribute values: entities the writer typed stay entities, everything else is escaped. */
const escapeAttribute = (text: string): string =>
  text.replace(/&(?!(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)|[<>"]/g, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;',
  );

const unescapePunctuation = (text: string): string => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

interface Delimiter {
  /** The piece that prints this run's unused characters and the tags matched to it. */
  piece: Piece;
  char: '*' | '_' | '~';
  /** Characters not yet used by a match. */
  count: number;
  original: number;
  canOpen: boolean;
  canClose: boolean;
}

/**
 * A piece of output. Text is never appended to an earlier piece (that would copy ever
 * longer strings); each chunk is a piece of its own and they are joined once at the end.
 */
interface Piece {
  html: string;
  /** Text that a line end may still trim, as opposed to markup. */
  text: boolean;
  delimiter?: Delimiter;
  /** Tags matched after parsing: closing tags go before the piece, opening tags after it. */
  before?: string[];
  after?: string[];
}

interface Bracket {
  pieceIndex: number;
  image: boolean;
  /** Index in the source where the bracketed text starts. */
  textStart: number;
  /** The delimiter stack's height when the bracket opened: emphasis inside the link is resolved down to here. */
  delimiterBottom: number;
  /** Links made before this bracket opened; a later link deactivates it (links do not nest). */
  linksAtOpen: number;
}

interface LinkTarget {
  url: string;
  title: string | null;
  end: number;
}

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '\n';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text[index - 1] ?? '\n';
}

function codePointAt(text: string, index: number): string {
  const point = text.codePointAt(index);
  return point === undefined ? '\n' : String.fromCodePoint(point);
}

class InlineParser {
  private readonly pieces: Piece[] = [];
  private readonly delimiters: Delimiter[] = [];
  private readonly brackets: Bracket[] = [];
  private links = 0;
  /** indexOf results by needle: a later search from a position before the result can reuse it. */
  private readonly searches = new Map<string, { from: number; found: number }>();
  private destinationStops: Int32Array | null = null;
  private backtickRuns: Map<number, { starts: number[]; next: number }> | null = null;

  constructor(
    private readonly source: string,
    private readonly definitions: ReadonlyMap<string, LinkDefinition>,
    /** Every piece of output counts: hostile text can make millions of delimiter runs. */
    private readonly budget: PartBudget | null,
  ) {}

  parse(): string {
    const s = this.source;
    let i = 0;
    while (i < s.length) {
      switch (s[i]) {
        case '\\':
          i = this.backslash(i);
          break;
        case '`':
          i = this.codeSpan(i);
          break;
        case '*':
        case '_':
        case '~':
          i = this.delimiterRun(i);
          break;
        case '[':
          this.openBracket(i, false);
          i += 1;
          break;
        case '!':
          if (s[i + 1] === '[') {
            this.openBracket(i, true);
            i += 2;
          } else {
            this.text('!');
            i += 1;
          }
          break;
        case ']':
          i = this.closeBracket(i);
          break;
        case '<':
          i = this.angleBracket(i);
          break;
        case '&':
          i = this.entity(i);
          break;
        case '\n':
          i = this.lineEnd(i);
          break;
        default:
          i = this.plainRun(i);
      }
    }
    this.processEmphasis(0);
    return this.pieces
      .map((piece) => {
        const html = piece.delimiter === undefined ? piece.html : piece.delimiter.char.repeat(piece.delimiter.count);
        return `${piece.before?.join('') ?? ''}${html}${piece.after?.join('') ?? ''}`;
      })
      .join('');
  }

  // ---- output -------------------------------------------------------------------------

  private text(text: string): void {
    this.html(escapeHtml(text));
  }

  private html(html: string): void {
    if (html === '') return;
    this.budget?.spend();
    this.pieces.push({ html, text: true });
  }

  private fixed(html: string): Piece {
    this.budget?.spend();
    const piece: Piece = { html, text: false };
    this.pieces.push(piece);
    return piece;
  }

  // ---- searches -----------------------------------------------------------------------

  /**
   * `source.indexOf(needle, from)`, cached. Searches run at increasing positions, so a
   * failed search (or one that found a match further on) answers later ones without
   * rescanning: together they read the text once per needle.
   */
  private indexOf(needle: string, from: number): number {
    const cached = this.searches.get(needle);
    if (cached !== undefined && from >= cached.from && (cached.found === -1 || cached.found >= from)) return cached.found;
    const found = this.source.indexOf(needle, from);
    this.searches.set(needle, { from, found });
    return found;
  }

  private isEscaped(index: number): boolean {
    let backslashes = 0;
    for (let i = index - 1; i >= 0 && this.source[i] === '\\'; i -= 1) backslashes += 1;
    return backslashes % 2 === 1;
  }

  // ---- plain text, escapes, entities, line ends -----------------------------------------

  private plainRun(start: number): number {
    PLAIN_RUN.lastIndex = start;
    const run = PLAIN_RUN.exec(this.source)?.[0] ?? this.source[start] ?? '';
    const runEnd = start + run.length;
    let done = start;
    // Bare URLs (GFM autolinks) start after whitespace, at a line start or after `*_~(`.
    BARE_URL_START.lastIndex = 0;
    for (let match = BARE_URL_START.exec(run); match !== null; match = BARE_URL_START.exec(run)) {
      const at = start + match.index;
      if (!/[\s*_~(]/.test(at === 0 ? '\n' : (this.source[at - 1] ?? '\n'))) continue;
      this.text(this.source.slice(done, at));
      done = this.bareUrl(at);
      // A URL may run past this plain run (it can hold `_`, `*`, `&`...): carry on from its end.
      if (done >= runEnd) return done;
      BARE_URL_START.lastIndex = done - start;
    }
    this.text(this.source.slice(done, runEnd));
    return runEnd;
  }

  /** Emits the bare URL starting at `at` and returns where it ends. */
  private bareUrl(at: number): number {
    BARE_URL.lastIndex = at;
    const scanned = BARE_URL.exec(this.source)?.[0] ?? '';
    // Trailing punctuation ends the sentence, not the URL; so does an unbalanced `)`.
    let open = 0;
    let close = 0;
    for (const ch of scanned) {
      if (ch === '(') open += 1;
      else if (ch === ')') close += 1;
    }
    let length = scanned.length;
    for (;;) {
      const last = scanned[length - 1];
      if (last !== undefined && `?!.,:*_~'"`.includes(last)) {
        length -= 1;
      } else if (last === ')' && close > open) {
        length -= 1;
        close -= 1;
      } else if (last === ';') {
        const entity = /&[A-Za-z0-9]{1,32};$/.exec(scanned.slice(Math.max(0, length - 34), length));
        if (entity === null) break;
        length -= entity[0].length;
      } else {
        break;
      }
    }
    const url = scanned.slice(0, length);
    const href = /^www\./i.test(url) ? `http://${url}` : url;
    this.html(`<a href="${escapeAttribute(href)}">${escapeHtml(url)}</a>`);
    return at + length;
  }

  private backslash(i: number): number {
    const next = this.source[i + 1];
    if (next === '\n') {
      this.html('<br>');
      return this.skipSpaces(i + 2);
    }
    if (next !== undefined && ASCII_PUNCTUATION.test(next)) {
      this.text(next);
      return i + 2;
    }
    this.text('\\');
    return i + 1;
  }

  private entity(i: number): number {
    ENTITY.lastIndex = i;
    const entity = ENTITY.exec(this.source)?.[0];
    if (entity === undefined) {
      this.html('&amp;');
      return i + 1;
    }
    this.html(entity);
    return i + entity.length;
  }

  private skipSpaces(i: number): number {
    let j = i;
    while (this.source[j] === ' ' || this.source[j] === '\t') j += 1;
    return j;
  }

  /** Two or more spaces before a line end make a hard break; otherwise it is a soft one. */
  private lineEnd(i: number): number {
    const last = this.pieces.at(-1);
    let spaces = 0;
    if (last?.text === true) {
      let end = last.html.length;
      while (end > 0 && last.html.charCodeAt(end - 1) === 32) end -= 1;
      spaces = last.html.length - end;
      last.html = last.html.slice(0, end);
    }
    this.html(spaces >= 2 ? '<br>' : '\n');
    return this.skipSpaces(i + 1);
  }

  // ---- code spans -----------------------------------------------------------------------

  /**
   * A code span ends at the next backtick run of exactly its length. Runs are listed once,
   * by length, and each list is walked forward only, so finding closers is linear overall.
   */
  private codeSpan(i: number): number {
    let length = 0;
    while (this.source[i + length] === '`') length += 1;
    const runs = this.backtickRunsOfLength(length);
    while (runs !== undefined && (runs.starts[runs.next] ?? Infinity) < i + length) runs.next += 1;
    const close = runs?.starts[runs.next];
    if (close === undefined) {
      this.text('`'.repeat(length));
      return i + length;
    }
    let code = this.source.slice(i + length, close).replace(/\n/g, ' ');
    if (code.length >= 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
    this.html(`<code>${escapeHtml(code)}</code>`);
    return close + length;
  }

  private backtickRunsOfLength(length: number): { starts: number[]; next: number } | undefined {
    if (this.backtickRuns === null) {
      this.backtickRuns = new Map();
      for (const match of this.source.matchAll(/`+/g)) {
        const runs = this.backtickRuns.get(match[0].length) ?? { starts: [], next: 0 };
        runs.starts.push(match.index);
        this.backtickRuns.set(match[0].length, runs);
      }
    }
    return this.backtickRuns.get(length);
  }

  // ---- emphasis ---------------------------------------------------------------------------

  private delimiterRun(i: number): number {
    const s = this.source;
    const char = s[i] as Delimiter['char'];
    let count = 0;
    while (s[i + count] === char) count += 1;
    if (char === '~' && count > 2) {
      this.text('~'.repeat(count));
      return i + count;
    }
    const before = codePointBefore(s, i);
    const after = codePointAt(s, i + count);
    const spaceBefore = WHITESPACE.test(before);
    const spaceAfter = WHITESPACE.test(after);
    const punctuationBefore = PUNCTUATION.test(before);
    const punctuationAfter = PUNCTUATION.test(after);
    const leftFlanking = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore);
    const rightFlanking = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter);
    const piece = this.fixed('');
    const delimiter: Delimiter = {
      piece,
      char,
      count,
      original: count,
      // `_` does not emphasise inside words (snake_case stays as it is).
      canOpen: char === '_' ? leftFlanking && (!rightFlanking || punctuationBefore) : leftFlanking,
      canClose: char === '_' ? rightFlanking && (!leftFlanking || punctuationAfter) : rightFlanking,
    };
    piece.delimiter = delimiter;
    this.delimiters.push(delimiter);
    return i + count;
  }

  /**
   * CommonMark's "process emphasis" over the delimiters above `bottom`. The lower bound for
   * each kind of closer (`openersBottom`) keeps failed searches from being repeated, which
   * keeps this linear.
   */
  private processEmphasis(bottom: number): void {
    const delimiters = this.delimiters.slice(bottom);
    const count = delimiters.length;
    if (count === 0) return;
    const previous = Int32Array.from({ length: count }, (_, k) => k - 1);
    const next = Int32Array.from({ length: count }, (_, k) => k + 1);
    const unlink = (k: number) => {
      const before = previous[k] ?? -1;
      const after = next[k] ?? count;
      if (before >= 0) next[before] = after;
      if (after < count) previous[after] = before;
    };
    const openersBottom = new Map<string, number>();

    let closerIndex = 0;
    while (closerIndex < count) {
      const closer = delimiters[closerIndex];
      if (closer === undefined) break;
      if (!closer.canClose) {
        closerIndex = next[closerIndex] ?? count;
        continue;
      }
      const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.original % 3}`;
      const floor = openersBottom.get(key) ?? -1;
      let openerIndex = previous[closerIndex] ?? -1;
      let opener: Delimiter | undefined;
      for (; openerIndex > floor; openerIndex = previous[openerIndex] ?? -1) {
        const candidate = delimiters[openerIndex];
        if (candidate === undefined || candidate.char !== closer.char || !candidate.canOpen) continue;
        if (closer.char === '~') {
          if (candidate.count === closer.count) opener = candidate;
        } else {
          // The "rule of three": `*foo**bar*` must not pair the single with the double.
          const oddMatch =
            (closer.canOpen || candidate.canClose) &&
            (candidate.original + closer.original) % 3 === 0 &&
            !(candidate.original % 3 === 0 && closer.original % 3 === 0);
          if (!oddMatch) opener = candidate;
        }
        if (opener !== undefined) break;
      }
      if (opener === undefined) {
        openersBottom.set(key, previous[closerIndex] ?? -1);
        const after = next[closerIndex] ?? count;
        if (!closer.canOpen) unlink(closerIndex);
        closerIndex = after;
        continue;
      }
      const used = closer.char === '~' ? closer.count : closer.count >= 2 && opener.count >= 2 ? 2 : 1;
      const tag = closer.char === '~' ? 's' : used === 2 ? 'strong' : 'em';
      opener.count -= used;
      closer.count -= used;
      (opener.piece.after ??= []).unshift(`<${tag}>`);
      (closer.piece.before ??= []).push(`</${tag}>`);
      // Delimiters between the pair can no longer match anything.
      next[openerIndex] = closerIndex;
      previous[closerIndex] = openerIndex;
      if (opener.count === 0) unlink(openerIndex);
      if (closer.count === 0) {
        const after = next[closerIndex] ?? count;
        unlink(closerIndex);
        closerIndex = after;
      }
    }
  }

  // ---- links --------------------------------------------------------------------------

  private openBracket(i: number, image: boolean): void {
    this.fixed(image ? '![' : '[');
    this.brackets.push({
      pieceIndex: this.pieces.length - 1,
      image,
      textStart: i + (image ? 2 : 1),
      delimiterBottom: this.delimiters.length,
      linksAtOpen: this.links,
    });
  }

  private closeBracket(i: number): number {
    const opener = this.brackets.at(-1);
    if (opener === undefined) {
      this.text(']');
      return i + 1;
    }
    const active = opener.image || opener.linksAtOpen === this.links;
    const target = active ? (this.inlineTarget(i + 1) ?? this.referenceTarget(opener, i)) : null;
    this.brackets.pop();
    if (target === null) {
      this.text(']');
      return i + 1;
    }
    this.processEmphasis(opener.delimiterBottom);
    this.delimiters.length = opener.delimiterBottom;
    const openPiece = this.pieces[opener.pieceIndex];
    if (opener.image) {
      // Images come in through the assets tool, with their rights: leave a marker the
      // importer counts, and drop the description.
      for (const piece of this.pieces.slice(opener.pieceIndex)) {
        piece.html = '';
        piece.text = false;
        delete piece.delimiter;
        delete piece.before;
        delete piece.after;
      }
      if (openPiece !== undefined) openPiece.html = '<img>';
    } else {
      const title = target.title === null || target.title === '' ? '' : ` title="${escapeAttribute(target.title)}"`;
      if (openPiece !== undefined) openPiece.html = `<a href="${escapeAttribute(target.url)}"${title}>`;
      this.fixed('</a>');
      this.links += 1;
    }
    return target.end;
  }

  /** Spaces, tabs and at most one line end, as allowed around a destination and title. */
  private skipLinkWhitespace(i: number): number {
    let j = this.skipSpaces(i);
    if (this.source[j] === '\n') j = this.skipSpaces(j + 1);
    return j;
  }

  /** `(destination "title")` right after `]`. */
  private inlineTarget(p: number): LinkTarget | null {
    const s = this.source;
    if (s[p] !== '(') return null;
    let q = this.skipLinkWhitespace(p + 1);
    let url: string;
    if (s[q] === '<') {
      // Bounded by the next `<`, `>` or line end, so two attempts never read the same text.
      let end = q + 1;
      while (end < s.length && s[end] !== '>' && s[end] !== '<' && s[end] !== '\n') end += s[end] === '\\' ? 2 : 1;
      if (s[end] !== '>') return null;
      url = s.slice(q + 1, end);
      q = end + 1;
    } else {
      const stop = this.destinationStop(q);
      if (s[stop] === '(') return null;
      url = s.slice(q, stop);
      q = stop;
    }
    const afterUrl = this.skipLinkWhitespace(q);
    if (s[afterUrl] === ')') return { url: unescapePunctuation(url), title: null, end: afterUrl + 1 };
    if (afterUrl === q) return null;
    const open = s[afterUrl];
    if (open !== '"' && open !== "'" && open !== '(') return null;
    // A title ends at the next unescaped closing quote; a failed search ends where the next
    // title of the same kind would start, so searches do not overlap.
    const close = open === '(' ? ')' : open;
    let end = afterUrl + 1;
    while (end < s.length && s[end] !== close && !(open === '(' && s[end] === '(')) end += s[end] === '\\' ? 2 : 1;
    if (s[end] !== close) return null;
    const afterTitle = this.skipLinkWhitespace(end + 1);
    if (s[afterTitle] !== ')') return null;
    return { url: unescapePunctuation(url), title: unescapePunctuation(s.slice(afterUrl + 1, end)), end: afterTitle + 1 };
  }

  /**
   * Where a destination without angle brackets that starts at `from` ends: at whitespace, a
   * control character, an unbalanced `)`, or an unmatched `(` (then there is no link).
   * Computed for every position at once, right to left, matching parentheses with a stack,
   * so each attempt at a link costs constant time however the text is built.
   */
  private destinationStop(from: number): number {
    if (this.destinationStops === null) {
      const s = this.source;
      const stops = new Int32Array(s.length + 1);
      stops[s.length] = s.length;
      const closers: number[] = [];
      for (let i = s.length - 1; i >= 0; i -= 1) {
        const code = s.charCodeAt(i);
        if (code <= 0x20 || code === 0x7f) {
          stops[i] = i;
          closers.length = 0;
        } else if (code === 0x29 /* ) */ && !this.isEscaped(i)) {
          stops[i] = i;
          closers.push(i);
        } else if (code === 0x28 /* ( */ && !this.isEscaped(i)) {
          const match = closers.pop();
          stops[i] = match === undefined ? i : (stops[match + 1] ?? s.length);
        } else {
          stops[i] = stops[i + 1] ?? s.length;
        }
      }
      this.destinationStops = stops;
    }
    return this.destinationStops[from] ?? this.source.length;
  }

  /** `[text][label]`, `[text][]` or `[text]`, looked up in the document's definitions. */
  private referenceTarget(opener: Bracket, close: number): LinkTarget | null {
    if (this.definitions.size === 0) return null;
    const s = this.source;
    if (s[close + 1] === '[') {
      const labelEnd = this.labelEnd(close + 2);
      if (labelEnd !== -1) {
        const label = s.slice(close + 2, labelEnd);
        const key = label.trim() === '' ? this.bracketLabel(opener, close) : normaliseLabel(label);
        const definition = key === null ? undefined : this.definitions.get(key);
        return definition === undefined ? null : { ...definition, end: labelEnd + 1 };
      }
    }
    const key = this.bracketLabel(opener, close);
    const definition = key === null ? undefined : this.definitions.get(key);
    return definition === undefined ? null : { ...definition, end: close + 1 };
  }

  /** The `]` ending a label that starts at `start`, or -1 (too long, or holds an unescaped `[`). */
  private labelEnd(start: number): number {
    const s = this.source;
    for (let i = start; i < s.length && i - start <= MAX_LABEL_LENGTH; i += 1) {
      if (s[i] === '\\') i += 1;
      else if (s[i] === '[') return -1;
      else if (s[i] === ']') return i;
    }
    return -1;
  }

  /**
   * The bracketed text as a label, or null. A label holds no unescaped `[`, so the texts
   * scanned here for different brackets never overlap.
   */
  private bracketLabel(opener: Bracket, close: number): string | null {
    if (close - opener.textStart > MAX_LABEL_LENGTH) return null;
    return this.labelEnd(opener.textStart) === close ? normaliseLabel(this.source.slice(opener.textStart, close)) : null;
  }

  // ---- autolinks and raw HTML -----------------------------------------------------------

  private angleBracket(i: number): number {
    const s = this.source;
    URI_AUTOLINK.lastIndex = i;
    const uri = URI_AUTOLINK.exec(s);
    if (uri !== null) {
      const url = uri[1] ?? '';
      this.html(`<a href="${escapeAttribute(url)}">${escapeHtml(url)}</a>`);
      return i + uri[0].length;
    }
    EMAIL_AUTOLINK.lastIndex = i;
    const email = EMAIL_AUTOLINK.exec(s);
    if (email !== null) {
      const address = email[1] ?? '';
      this.html(`<a href="mailto:${escapeAttribute(address)}">${escapeHtml(address)}</a>`);
      return i + email[0].length;
    }
    if (s.startsWith('<!--', i)) {
      const end = this.indexOf('-->', i + 4);
      if (end !== -1) return end + 3; // comments are dropped
    } else {
      // A tag ends at the next `>` and holds no `<`: candidates never overlap, and the
      // pattern only ever sees one bounded candidate.
      const end = this.indexOf('>', i + 1);
      const nextOpen = this.indexOf('<', i + 1);
      if (end !== -1 && (nextOpen === -1 || nextOpen > end) && end - i <= MAX_TAG_LENGTH && HTML_TAG.test(s.slice(i, end + 1))) {
        this.fixed(s.slice(i, end + 1));
        return end + 1;
      }
    }
    this.text('<');
    return i + 1;
  }
}

/** One block's inline Markdown (lines joined with `\n`) as HTML. */
export function inlineMarkdownToHtml(
  source: string,
  definitions: ReadonlyMap<string, LinkDefinition>,
  budget: PartBudget | null = null,
): string {
  return new InlineParser(source.trim(), definitions, budget).parse();
}
