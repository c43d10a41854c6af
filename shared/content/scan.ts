import type { ArticleBody } from './body';
import { locationTextOf, type TextLocation } from './text-location';
import type { Locator } from '../domain/source';
import { idsOfMark, MARK_TYPE } from './marks';
import { footnoteNumber } from './footnote-numbering';
import { isObject } from '../json/narrow';
import { childrenOf, locatorOf, stringOrNull, stringsOf, textOf, typeOf } from './stored-node';

/**
 * One pass over a stored body that finds what the source checks and the citation index
 * need: each top-level block's location text, and the citations, footnotes and reference
 * markers with their places (see ./text-location for how places are counted).
 *
 * Like read-body, it trusts nothing in the JSON: fields are narrowed by ./stored-node, unknown node
 * types contribute their text, and the walk uses an explicit stack so that hostile nesting
 * cannot exhaust the call stack.
 */

export interface ScannedBlock {
  index: number;
  /** The node type of the block: paragraph, heading, quote, list… */
  type: string;
  text: string;
}

export interface ScannedCitation {
  /** In document order, from 0. */
  ordinal: number;
  sourceIds: string[];
  locator: Locator | null;
  /** The cited words. */
  at: TextLocation;
}

export interface ScannedFootnote {
  /** 1-based position among footnotes in document order: the number readers see. */
  number: number;
  noteId: string;
  text: string;
  sourceIds: string[];
  at: TextLocation;
}

export interface ScannedMarker {
  label: string;
  at: TextLocation;
}

/** A comment or claim anchor (./marks): its ids as stored and the words it wraps. */
export interface ScannedMark {
  ids: string[];
  at: TextLocation;
}

export interface BodyScan {
  blocks: ScannedBlock[];
  citations: ScannedCitation[];
  footnotes: ScannedFootnote[];
  markers: ScannedMarker[];
  marks: ScannedMark[];
}

/** Source ids as stored: strings only, each once, in order. */
const idsOf = (value: unknown): string[] => [...new Set(stringsOf(value).filter((id) => id !== ''))];

/** A stack entry: a node to visit, or the end of a citation whose cited words are now known. */
type Step = { node: unknown } | { close: { at: TextLocation }; start: number };

function scanBlock(root: unknown, index: number, scan: BodyScan): void {
  const parts: string[] = [];
  let offset = 0;
  const stack: Step[] = [{ node: root }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('close' in step) {
      step.close.at = { block: index, offset: step.start, length: offset - step.start };
      continue;
    }
    const node = step.node;
    if (!isObject(node)) continue;
    const type = typeOf(node) ?? '';
    if (type === 'footnote') {
      scan.footnotes.push({
        number: footnoteNumber(scan.footnotes.length),
        noteId: stringOrNull(node.noteId) ?? '',
        text: textOf(node) ?? '',
        sourceIds: idsOf(node.sourceIds),
        at: { block: index, offset, length: 0 },
      });
      continue;
    }
    if (type === 'reference-marker') {
      scan.markers.push({ label: stringOrNull(node.label) ?? '', at: { block: index, offset, length: 0 } });
      continue;
    }
    const own = locationTextOf(type, textOf(node));
    if (own !== '') {
      parts.push(own);
      offset += own.length;
    }
    const children = childrenOf(node);
    if (type === 'citation') {
      const citation: ScannedCitation = {
        ordinal: scan.citations.length,
        sourceIds: idsOf(node.sourceIds),
        locator: locatorOf(node.locator),
        at: { block: index, offset, length: 0 },
      };
      scan.citations.push(citation);
      stack.push({ close: citation, start: offset });
    }
    if (type === MARK_TYPE) {
      // Marks are transparent (their words count as the block's text); only where they are is kept.
      const mark: ScannedMark = { ids: idsOfMark(node), at: { block: index, offset, length: 0 } };
      scan.marks.push(mark);
      stack.push({ close: mark, start: offset });
    }
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i] });
  }
  scan.blocks.push({ index, type: typeOf(root) ?? '', text: parts.join('') });
}

/** Scans a body. Never throws on a body of the right outer shape. */
export function scanBody(body: ArticleBody): BodyScan {
  const scan: BodyScan = { blocks: [], citations: [], footnotes: [], markers: [], marks: [] };
  body.editorState.root.children.forEach((block, index) => scanBlock(block, index, scan));
  return scan;
}

const cache = new WeakMap<ArticleBody, BodyScan>();

/**
 * The scan of a body object, computed once: every source check of one run reads the same
 * body, so they share one walk. Callers must not mutate the result or the body.
 */
export function scannedBody(body: ArticleBody): BodyScan {
  let scan = cache.get(body);
  if (scan === undefined) {
    scan = scanBody(body);
    cache.set(body, scan);
  }
  return scan;
}
