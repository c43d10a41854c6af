import { LOCATOR_KINDS, type Locator } from '../domain/source';
import { isObject } from '../json/narrow';

/**
 * The fields of a stored body's nodes, narrowed. The body is Lexical JSON that may come from
 * an old revision, a later Galley or a hand-edited file, so nothing in it is trusted: every
 * reader of the stored body (the scan with its locations, the renderers' tree, marks) reads
 * a node's fields through these, and a field is believed the same way everywhere. A value of
 * the wrong kind reads as absent.
 */

export function typeOf(node: unknown): string | null {
  return isObject(node) && typeof node.type === 'string' ? node.type : null;
}

export function childrenOf(node: unknown): readonly unknown[] {
  return isObject(node) && Array.isArray(node.children) ? node.children : [];
}

/** True for an element (a node with a children array, even an empty one). */
export const hasChildren = (node: unknown): boolean => isObject(node) && Array.isArray(node.children);

export function textOf(node: unknown): string | null {
  return isObject(node) && typeof node.text === 'string' ? node.text : null;
}

export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The strings of an array (source ids, mark ids), anything else dropped. */
export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A citation's locator: a known kind and a value that is not blank (trimmed); null otherwise. */
export function locatorOf(value: unknown): Locator | null {
  if (!isObject(value) || typeof value.value !== 'string' || value.value.trim() === '') return null;
  const kind = LOCATOR_KINDS.find((known) => known === value.kind);
  return kind === undefined ? null : { kind, value: value.value.trim() };
}
