import { safeLinkUrl } from '../../../shared/content/render/safe-url';
import { textContent, type HtmlElement, type HtmlNode } from './sanitised-tree';
import { MAX_NOTE_LINKS, type NoteLink } from '../../../shared/content/nodes/note-links';

/**
 * Finds footnotes in sanitised HTML and turns them into markers that carry their note.
 *
 * Every tool that writes footnotes as HTML links each marker to its note and the note
 * back to its marker, whatever it names them:
 *
 *   Word (saved or pasted)  <a href="#_ftn1" name="_ftnref1">   … <a href="#_ftnref1" name="_ftn1">  (endnotes: _edn)
 *   Google Docs             <a href="#ftnt1" id="ftnt_ref1">    … <a href="#ftnt_ref1" id="ftnt1">
 *   WordPress               <sup data-fn><a href="#x" id="x-link"> … <li id="x">… <a href="#x-link">
 *   mammoth (.docx)         <a href="#footnote-1" id="footnote-ref-1"> … <li id="footnote-1">… <a href="#footnote-ref-1">
 *   Wikipedia, Pandoc, Galley's own export: the same two-way link.
 *
 * So a marker is a same-page link whose target sits in a note that links back to the
 * marker. Requiring the link back keeps ordinary "jump to section" links out. The note
 * is the largest element around the target that holds no other note's back link and no
 * marker; it is removed from the body and its text goes into the marker.
 *
 * Same-page links with a marker's look (`[5]`, a superscript number) whose note is gone
 * become dangling reference markers. Reviewers' comments (Google Docs `#cmnt1`, Word
 * `#_msocom_1`) are linked the same way but are not part of the article: they are
 * removed, marker and comment both.
 */

/** The synthetic element names the converter (to-blocks.ts) turns into footnote and reference nodes. */
export const FOOTNOTE_ELEMENT = '#footnote';
export const REFERENCE_ELEMENT = '#reference';

const COMMENT_ANCHOR = /^(?:cmnt|_msocom|comment|_cmnt)/i;
/** What a marker's own text looks like: `[1]`, `1`, `iv`, `[a]`, `*`. */
const MARKER_TEXT = /^\[?\s*([0-9]{1,4}[a-z]?|[ivxlc]{1,6}|[a-z]|\*{1,3}|†|‡)\s*\]?$/i;

interface Marker {
  anchor: HtmlElement;
  /** What replaces the marker: the anchor, or the superscript around it. */
  replaced: HtmlElement;
  target: string;
}

interface Found {
  marker: Marker;
  note: HtmlElement;
  backlink: HtmlElement;
  comment: boolean;
}

function fragmentOf(href: string | undefined): string | null {
  if (href === undefined || !href.startsWith('#') || href.length < 2) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

class DocumentIndex {
  readonly parents = new Map<HtmlNode, HtmlElement>();
  readonly targets = new Map<string, HtmlElement>();
  readonly links: HtmlElement[] = [];

  constructor(root: HtmlElement) {
    const stack: HtmlElement[] = [root];
    while (stack.length > 0) {
      const element = stack.pop();
      if (element === undefined) break;
      for (const name of ['id', 'name']) {
        const value = element.attributes.get(name);
        if (value !== undefined && value !== '' && !this.targets.has(value)) this.targets.set(value, element);
      }
      if (element.name === 'a' && fragmentOf(element.attributes.get('href')) !== null) this.links.push(element);
      // Children pushed last-first, so that elements (and links) are met in document order.
      for (let i = element.children.length - 1; i >= 0; i -= 1) {
        const child = element.children[i] as HtmlNode;
        this.parents.set(child, element);
        if (child.kind === 'element') stack.push(child);
      }
    }
  }

  parent(node: HtmlNode): HtmlElement | undefined {
    return this.parents.get(node);
  }

  /** The names a marker answers to: its own id or name, and its superscript's id (Wikipedia). */
  markerNames(anchor: HtmlElement): string[] {
    const names = [anchor.attributes.get('id'), anchor.attributes.get('name')];
    const parent = this.parent(anchor);
    if (parent?.name === 'sup') names.push(parent.attributes.get('id'));
    return names.filter((name): name is string => name !== undefined && name !== '');
  }

  isInside(node: HtmlNode, ancestor: HtmlElement): boolean {
    for (let at: HtmlNode | undefined = node; at !== undefined; at = this.parent(at)) if (at === ancestor) return true;
    return false;
  }
}

/** The superscript around a marker when the marker is all it holds, else the marker itself. */
function replacedElement(index: DocumentIndex, anchor: HtmlElement): HtmlElement {
  const parent = index.parent(anchor);
  if (parent?.name !== 'sup') return anchor;
  const onlyMarker = parent.children.every((child) => child === anchor || (child.kind === 'text' && child.text.trim() === ''));
  return onlyMarker ? parent : anchor;
}

const countUp = (counts: Map<HtmlElement, number>, index: DocumentIndex, node: HtmlNode) => {
  for (let at = index.parent(node); at !== undefined; at = index.parent(at)) counts.set(at, (counts.get(at) ?? 0) + 1);
};

/** Where a link's words begin and end while the note is flattened (private-use characters no note holds). */
const LINK_OPEN = '\uE000';
const LINK_CLOSE = '\uE001';

/** A note as flat text with its links as ranges of it (shared/content/nodes/note-links). */
export interface FlatNote {
  text: string;
  links: NoteLink[];
}

/** The note's text: its content without the back link, blocks on lines of their own, its links kept on their words. */
function flatNote(note: HtmlElement, backlinks: ReadonlySet<HtmlElement>): FlatNote {
  const lines: string[] = [];
  const urls: string[] = [];
  let line = '';
  const BLOCKS = new Set(['p', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br']);
  const flush = () => {
    const clean = line.replace(/\s+/g, ' ').trim();
    if (clean !== '') lines.push(clean);
    line = '';
  };
  const walk = (node: HtmlNode, depth: number) => {
    if (node.kind === 'text') {
      line += node.text.replace(/[\uE000\uE001]/g, '');
      return;
    }
    if (backlinks.has(node) || depth > 64) return;
    if (BLOCKS.has(node.name)) flush();
    if (node.name === 'a') {
      const unwrapped = unwrapRedirect(node.attributes.get('href') ?? '');
      const href = unwrapped === null ? null : safeLinkUrl(unwrapped);
      // A link's words stay on one line: its blocks, if any, are read as running text.
      const linked = href !== null && textContent(node).trim() !== '' && urls.length < MAX_NOTE_LINKS;
      if (linked) {
        urls.push(href);
        line += LINK_OPEN;
      }
      for (const child of node.children) {
        if (child.kind === 'text') line += child.text.replace(/[\uE000\uE001]/g, '');
        else walk(child, depth + 1);
      }
      if (linked) line += LINK_CLOSE;
      return;
    }
    for (const child of node.children) walk(child, depth + 1);
    if (BLOCKS.has(node.name)) flush();
  };
  walk(note, 0);
  flush();
  // A note often starts with its own number ("1.", "[1]", "^") when the back link was not it.
  const marked = lines.join('\n').replace(/^(?:\^|↑|↩\uFE0E?|\[\s*\w{1,4}\s*\]|\d{1,4}[.)])\s*/u, '').trim();
  return rangesOfMarks(marked, urls);
}

/** The text without its link marks, and each marked stretch as a link range (trimmed of spaces; dropped when empty). */
function rangesOfMarks(marked: string, urls: readonly string[]): FlatNote {
  const links: NoteLink[] = [];
  let text = '';
  let opened = -1;
  let index = 0;
  for (const ch of marked) {
    if (ch === LINK_OPEN) {
      opened = text.length;
    } else if (ch === LINK_CLOSE) {
      const url = urls[index];
      index += 1;
      if (opened === -1 || url === undefined) continue;
      let start = opened;
      let end = text.length;
      while (start < end && /\s/.test(text[start]!)) start += 1;
      while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
      if (end > start) links.push({ start, end, url });
      opened = -1;
    } else {
      text += ch;
    }
  }
  return { text, links };
}

/**
 * Google Docs (and some mail programs) send every link through a redirect:
 * `https://www.google.com/url?q=https://example.com/&sa=D&…`. The real address is kept,
 * and a redirect to anything but a web or e-mail address is no link at all (null).
 */
export function unwrapRedirect(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  const host = url.hostname.toLowerCase();
  if ((host === 'www.google.com' || host === 'google.com') && url.pathname === '/url') {
    const target = url.searchParams.get('q') ?? url.searchParams.get('url');
    return target !== null && /^(?:https?|mailto):/i.test(target.trim()) ? target.trim() : null;
  }
  return href;
}

function replaceChild(index: DocumentIndex, old: HtmlElement, replacement: HtmlNode | null): void {
  const parent = index.parent(old);
  if (parent === undefined) return;
  const at = parent.children.indexOf(old);
  if (at === -1) return;
  if (replacement === null) parent.children.splice(at, 1);
  else {
    parent.children.splice(at, 1, replacement);
    index.parents.set(replacement, parent);
  }
}

const syntheticElement = (name: string, attributes: Record<string, string>): HtmlElement => ({
  kind: 'element',
  name,
  attributes: new Map(Object.entries(attributes)),
  children: [],
});

export interface FootnoteReport {
  footnotes: number;
  /** Reviewers' comments removed with their anchors. */
  comments: number;
  /** Labels of markers whose note is missing, in document order. */
  dangling: string[];
}

/** Turns linked footnotes into FOOTNOTE_ELEMENTs (notes removed from the body) and orphaned markers into REFERENCE_ELEMENTs. Mutates `root`. */
export function extractFootnotes(root: HtmlElement): FootnoteReport {
  const index = new DocumentIndex(root);
  const report: FootnoteReport = { footnotes: 0, comments: 0, dangling: [] };
  if (index.links.length === 0) return report;

  const linksByFragment = new Map<string, HtmlElement[]>();
  for (const link of index.links) {
    const fragment = fragmentOf(link.attributes.get('href')) ?? '';
    const list = linksByFragment.get(fragment) ?? [];
    list.push(link);
    linksByFragment.set(fragment, list);
  }

  // Pair each marker with the note that links back to it. Word and Google Docs link both
  // ways with the same kind of anchor; the marker is the one met first (notes come last),
  // and the back link it claims is not taken for a marker of its own.
  const pairs: { marker: Marker; target: HtmlElement; backlink: HtmlElement }[] = [];
  const orphans: Marker[] = [];
  const claimed = new Set<HtmlElement>();
  for (const anchor of index.links) {
    if (claimed.has(anchor)) continue;
    const target = fragmentOf(anchor.attributes.get('href')) ?? '';
    const marker: Marker = { anchor, replaced: replacedElement(index, anchor), target };
    const targetElement = index.targets.get(target);
    const backlink =
      targetElement === undefined
        ? undefined
        : index
            .markerNames(anchor)
            .flatMap((name) => linksByFragment.get(name) ?? [])
            .find((candidate) => candidate !== anchor && (candidate === targetElement || index.isInside(candidate, targetElement) || sharesBlock(index, candidate, targetElement)));
    if (targetElement !== undefined && backlink !== undefined) {
      pairs.push({ marker, target: targetElement, backlink });
      claimed.add(backlink);
    }
    else if (targetElement === undefined && !COMMENT_ANCHOR.test(target) && MARKER_TEXT.test(textContent(anchor).trim())) orphans.push(marker);
  }

  // Back links and markers counted on every ancestor, so a note can grow to the largest
  // element that holds only itself.
  const backlinkCounts = new Map<HtmlElement, number>();
  const markerCounts = new Map<HtmlElement, number>();
  const backlinks = new Set<HtmlElement>();
  for (const pair of pairs) {
    if (!backlinks.has(pair.backlink)) {
      backlinks.add(pair.backlink);
      countUp(backlinkCounts, index, pair.backlink);
    }
    countUp(markerCounts, index, pair.marker.replaced);
  }

  const found: Found[] = [];
  for (const pair of pairs) {
    let note = pair.target.name === 'li' ? pair.target : nearestBlock(index, pair.backlink, root);
    if (note === undefined) continue;
    for (let parent = index.parent(note); parent !== undefined && parent !== root; parent = index.parent(parent)) {
      if ((backlinkCounts.get(parent) ?? 0) > 1 || (markerCounts.get(parent) ?? 0) > 0 || parent.name === 'li') break;
      note = parent;
    }
    // A "note" that holds the marker itself is not a note (a table of contents linking to itself).
    if (index.isInside(pair.marker.anchor, note)) continue;
    found.push({ marker: pair.marker, note, backlink: pair.backlink, comment: COMMENT_ANCHOR.test(pair.marker.target) });
  }

  const texts = new Map<HtmlElement, FlatNote>();
  for (const { marker, note, comment } of found) {
    if (comment) {
      replaceChild(index, marker.replaced, null);
      replaceChild(index, note, null);
      report.comments += 1;
      continue;
    }
    let text = texts.get(note);
    if (text === undefined) {
      text = flatNote(note, backlinks);
      texts.set(note, text);
    }
    replaceChild(index, marker.replaced, syntheticElement(FOOTNOTE_ELEMENT, { text: text.text, links: JSON.stringify(text.links) }));
    report.footnotes += 1;
  }
  for (const note of texts.keys()) replaceChild(index, note, null);
  for (const marker of orphans) {
    const label = (MARKER_TEXT.exec(textContent(marker.anchor).trim())?.[1] ?? '').trim();
    if (label === '') continue;
    replaceChild(index, marker.replaced, syntheticElement(REFERENCE_ELEMENT, { label }));
    report.dangling.push(label);
  }
  return report;
}

/** The closest paragraph or list item around a node (the node itself counts), below `root`. */
function nearestBlock(index: DocumentIndex, node: HtmlElement, root: HtmlElement | null): HtmlElement | undefined {
  for (let at: HtmlElement | undefined = node; at !== undefined && at !== root; at = index.parent(at)) {
    if (at.name === 'p' || at.name === 'li') return at;
  }
  return undefined;
}

/** Word puts the note's name on an anchor beside the back link, in the same paragraph. */
function sharesBlock(index: DocumentIndex, a: HtmlElement, b: HtmlElement): boolean {
  const block = nearestBlock(index, a, null);
  return block !== undefined && block === nearestBlock(index, b, null);
}
