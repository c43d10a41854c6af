import { CONFIDENTIAL_PLACEHOLDER } from '../domain/source';
import { INLINE_ELEMENT_TYPES } from '../content/render/read-body';
import type { IdentityMatcher } from './identity-matcher';
import { isObject } from '../json/narrow';

/** A node of the caller's own copy of the body: redaction changes it in place. */
type JsonObject = Record<string, unknown>;

/**
 * Redaction across the runs of one element of a stored body. A name written "Jane " +
 * bold "Doe", or half inside a link, is in no single text node; it is in the element's
 * text, read as the body scan reads it (text runs in order, through links, citations and
 * marks; a line break counts as "\n"). Each match is replaced in place: the placeholder
 * goes into the first run the match touches (keeping that run's format), the matched
 * part of every later run is cut, and a run or inline element left empty is dropped, so
 * the result is a valid body with the same structure around the name.
 */

interface Run {
  node: JsonObject;
  /** The children array holding the node, to drop it from. */
  siblings: unknown[];
  start: number;
  end: number;
  /** A text or tab run (its text can be cut); a line break can only be dropped. */
  text: boolean;
}

const isInline = (node: JsonObject): boolean => typeof node.type === 'string' && INLINE_ELEMENT_TYPES.has(node.type);

/** The runs of an element's text, in order, through its inline elements (iterative: hostile nesting cannot overflow). */
function runsOf(element: JsonObject): { runs: Run[]; text: string } {
  const runs: Run[] = [];
  let text = '';
  const stack: { siblings: unknown[]; at: number }[] = [{ siblings: element.children as unknown[], at: 0 }];
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    if (frame.at >= frame.siblings.length) {
      stack.pop();
      continue;
    }
    const node = frame.siblings[frame.at];
    frame.at += 1;
    if (!isObject(node)) continue;
    if ((node.type === 'text' || node.type === 'tab') && typeof node.text === 'string') {
      runs.push({ node, siblings: frame.siblings, start: text.length, end: text.length + node.text.length, text: true });
      text += node.text;
    } else if (node.type === 'linebreak') {
      runs.push({ node, siblings: frame.siblings, start: text.length, end: text.length + 1, text: false });
      text += '\n';
    } else if (isInline(node) && Array.isArray(node.children) && stack.length < 64) {
      stack.push({ siblings: node.children, at: 0 });
    }
  }
  return { runs, text };
}

/** Removes the emptied runs, and inline elements left with no children, wherever they are under `element`. */
function prune(element: JsonObject, dropped: ReadonlySet<JsonObject>): void {
  const stack: JsonObject[] = [element];
  const visited: JsonObject[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visited.push(node);
    for (const child of node.children as unknown[]) if (isObject(child) && isInline(child) && Array.isArray(child.children)) stack.push(child);
  }
  // Innermost first, so that a link emptied by dropping its runs is dropped from its parent too.
  const emptied = new Set<JsonObject>();
  for (const node of visited.reverse()) {
    const before = node.children as unknown[];
    const after = before.filter((child) => !(isObject(child) && (dropped.has(child) || emptied.has(child))));
    if (before.length > 0 && after.length === 0) emptied.add(node);
    node.children = after;
  }
}

/**
 * `element` with every match in its runs replaced; it must be the caller's own copy (it is
 * changed in place). Anything that is not a block with children is returned as it is.
 */
export function redactRuns(element: JsonObject, matcher: IdentityMatcher): JsonObject {
  if (!Array.isArray(element.children) || isInline(element)) return element;
  const { runs, text } = runsOf(element);
  if (runs.length < 2) return element;
  const matches = matcher.find(text);
  if (matches.length === 0) return element;

  const cuts = new Map<Run, { from: number; to: number; placeholder: boolean }[]>();
  const dropped = new Set<JsonObject>();
  for (const match of matches) {
    const end = match.index + match.length;
    let placed = false;
    for (const run of runs) {
      if (run.end <= match.index || run.start >= end) continue;
      if (!run.text) {
        dropped.add(run.node);
        continue;
      }
      const list = cuts.get(run) ?? [];
      list.push({ from: Math.max(match.index, run.start) - run.start, to: Math.min(end, run.end) - run.start, placeholder: !placed });
      placed = true;
      cuts.set(run, list);
    }
  }
  for (const [run, list] of cuts) {
    const value = run.node.text as string;
    let out = '';
    let at = 0;
    for (const cut of list) {
      out += value.slice(at, cut.from) + (cut.placeholder ? CONFIDENTIAL_PLACEHOLDER : '');
      at = cut.to;
    }
    run.node.text = out + value.slice(at);
    if (run.node.text === '') dropped.add(run.node);
  }
  prune(element, dropped);
  return element;
}
