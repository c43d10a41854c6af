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
