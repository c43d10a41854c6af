import { readBody } from '../../../shared/content/render/read-body';
import { renderBodyPlainText } from '../../../shared/content/render/text';
import type { Block } from '../../../shared/content/render/tree';
import type { ImportResult } from '../../../electron/importers/index';

/** The imported body as the renderers' tree: what the article will show. */
export const blocksOf = (result: ImportResult): Block[] => readBody(result.body);

/** The imported body as plain text. */
export const textOf = (result: ImportResult): string => renderBodyPlainText(result.body);

/** Every string value in a JSON document: where hostile content would hide. */
export function stringsIn(value: unknown): string[] {
  const found: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'string') found.push(next);
    else if (Array.isArray(next)) stack.push(...next);
    else if (typeof next === 'object' && next !== null) stack.push(...Object.values(next));
  }
  return found;
}

/** Each footnote's note with its linked words, as `words → address`: what the note's links say. */
export function linkedNotes(result: ImportResult): string[][] {
  const notes: string[][] = [];
  const stack: unknown[] = [result.body.editorState.root];
  while (stack.length > 0) {
    const node = stack.pop() as { type?: string; text?: string; links?: { start: number; end: number; url: string }[]; children?: unknown[] };
    if (node.type === 'footnote') notes.push((node.links ?? []).map((link) => `${node.text!.slice(link.start, link.end)} → ${link.url}`));
    if (Array.isArray(node.children)) stack.push(...[...node.children].reverse());
  }
  return notes;
}
