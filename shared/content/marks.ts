import type { ArticleBody } from './body';
import { canonicalJson } from './canonical-json';
import { isObject, type JsonObject } from '../json/narrow';
import { childrenOf, stringsOf, typeOf } from './stored-node';

/**
 * Comments and claims are anchored in the body by @lexical/mark's MarkNode (type `mark`),
 * an inline wrapper around the words. A mark may carry several ids (a claim inside a
 * commented passage shares one mark); each id says what it anchors, `comment:<uuid>` or
 * `claim:<uuid>`, so the body alone tells a claim from a comment (the checks and the
 * editor's highlights need that) while the records themselves live in SQLite.
 *
 * Marks are annotations, not content: every renderer and scanner treats them as
 * transparent, and `contentOf` below is the body with them taken out, which is what an
 * annotation-only save is compared on.
 */

export const MARK_TYPE = 'mark';
export const MARK_KINDS = ['comment', 'claim'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface MarkRef {
  kind: MarkKind;
  id: string;
}

export const markId = (kind: MarkKind, id: string): string => `${kind}:${id}`;

export function parseMarkId(value: string): MarkRef | null {
  const colon = value.indexOf(':');
  if (colon < 0) return null;
  const kind = value.slice(0, colon);
  const id = value.slice(colon + 1);
  if (id === '' || (kind !== 'comment' && kind !== 'claim')) return null;
  return { kind, id };
}

/** The ids of a stored mark node, as stored (narrowed: strings only). */
export const idsOfMark = (node: unknown): string[] => stringsOf(isObject(node) ? node.ids : undefined);

/** Every mark id in a stored body, each once (iterative walk: hostile nesting cannot overflow the stack). */
export function markRefsIn(body: ArticleBody): MarkRef[] {
  const seen = new Set<string>();
  const out: MarkRef[] = [];
  const stack: unknown[] = [...body.editorState.root.children];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeOf(node) === MARK_TYPE) {
      for (const raw of idsOfMark(node)) {
        const ref = parseMarkId(raw);
        if (ref !== null && !seen.has(raw)) {
          seen.add(raw);
          out.push(ref);
        }
      }
    }
    for (const child of childrenOf(node)) stack.push(child);
  }
  return out;
}

/** Keys of a text node that decide whether two neighbours are the same run (Lexical merges those). */
const RUN_KEYS = ['type', 'format', 'style', 'mode', 'detail'] as const;
const sameRun = (a: JsonObject, b: JsonObject): boolean => a.type === 'text' && RUN_KEYS.every((key) => a[key] === b[key]);

/**
 * Element fields Lexical rewrites from where the caret was (the format new text would get):
 * they change when someone only clicks, so they are not content.
 */
const CARET_FIELDS = new Set(['textFormat', 'textStyle']);

function contentChildren(children: readonly unknown[], depth: number, dropCaret: boolean): unknown[] {
  const out: unknown[] = [];
  const push = (node: unknown) => {
    // Lexical drops an empty run whenever it touches a paragraph: an annotation may have made it do so.
    if (dropCaret && isObject(node) && node.type === 'text' && node.text === '') return;
    const previous = out.at(-1);
    if (isObject(node) && isObject(previous) && node.type === 'text' && sameRun(previous, node)) {
      out[out.length - 1] = { ...previous, text: `${String(previous.text ?? '')}${String(node.text ?? '')}` };
    } else {
      out.push(node);
    }
  };
  for (const child of children) {
    if (isObject(child) && child.type === MARK_TYPE && Array.isArray(child.children)) {
      for (const inner of contentChildren(child.children, depth + 1, dropCaret)) push(inner);
    } else {
      push(contentNode(child, depth + 1, dropCaret));
    }
  }
  return out;
}

function contentNode(node: unknown, depth: number, dropCaret: boolean): unknown {
  if (!isObject(node)) return node;
  if (depth > 256) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (dropCaret && CARET_FIELDS.has(key)) continue;
    out[key] = key === 'children' && Array.isArray(value) ? contentChildren(value, depth, dropCaret) : value;
  }
  return out;
}

/** The body with every mark unwrapped (and the runs it split joined again): what readers get. */
export function stripMarks(body: ArticleBody, dropCaret = false): ArticleBody {
  const root = body.editorState.root;
  return {
    ...body,
    editorState: { ...body.editorState, root: { ...root, children: contentChildren(root.children, 0, dropCaret) } },
  };
}

/** A comparable fingerprint of the body's content: equal for two bodies that differ only by marks (or the caret's format). */
export const contentOf = (body: ArticleBody): string => canonicalJson(stripMarks(body, true).editorState.root);
