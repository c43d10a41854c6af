import {
  $create,
  $isRangeSelection,
  ElementNode,
  type BaseSelection,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import type { Locator } from '../../domain/source';
import { CitationFieldsSchema, parseNodeFields } from './json-schemas';

export const CITATION_TYPE = 'citation';

export type SerializedCitationNode = Spread<
  { type: typeof CITATION_TYPE; version: 1; sourceIds: string[]; locator: Locator | null },
  SerializedElementNode
>;

/**
 * The cited words: an inline element around text (as a link is), pointing at one or more
 * sources by id, optionally narrowed by a locator (page, timestamp, paragraph, quote).
 *
 * Headless: no DOM here. The editor registers a subclass that draws it (see
 * renderer/editor/nodes) under the same type, in place of this class, so that the editor
 * and the headless validator read and write the same JSON.
 */
export class CitationNode extends ElementNode {
  __sourceIds: readonly string[];
  __locator: Locator | null;

  static override getType(): string {
    return CITATION_TYPE;
  }

  static override clone(node: CitationNode): CitationNode {
    return new CitationNode(node.__sourceIds, node.__locator, node.__key);
  }

  static override importJSON(json: SerializedCitationNode): CitationNode {
    return $createCitationNode().updateFromJSON(json);
  }

  /** Every argument is optional: collaboration (Yjs) rebuilds nodes from their type alone. */
  constructor(sourceIds: readonly string[] = [], locator: Locator | null = null, key?: NodeKey) {
    super(key);
    this.__sourceIds = sourceIds;
    this.__locator = locator;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedCitationNode>): this {
    const fields = parseNodeFields(CitationFieldsSchema, json, CITATION_TYPE);
    return super.updateFromJSON(json).setSourceIds(fields.sourceIds).setLocator(fields.locator);
  }

  override exportJSON(): SerializedCitationNode {
    return {
      ...super.exportJSON(),
      type: CITATION_TYPE,
      version: 1,
      sourceIds: [...this.getSourceIds()],
      locator: this.getLocator(),
    };
  }

  getSourceIds(): readonly string[] {
    return this.getLatest().__sourceIds;
  }

  setSourceIds(sourceIds: readonly string[]): this {
    const writable = this.getWritable();
    writable.__sourceIds = [...sourceIds];
    return writable;
  }

  getLocator(): Locator | null {
    return this.getLatest().__locator;
  }

  setLocator(locator: Locator | null): this {
    const writable = this.getWritable();
    writable.__locator = locator === null ? null : { ...locator };
    return writable;
  }

  // Behaves as a link does: it lives inside a paragraph, vanishes when its words are
  // deleted, and typing at its edges writes outside it, so citing "a claim" does not
  // silently extend to the words typed after it.
  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }

  /** Copying the cited words copies the citation with them. */
  override extractWithChild(_child: LexicalNode, selection: BaseSelection | null): boolean {
    if (!$isRangeSelection(selection)) return false;
    const anchor = selection.anchor.getNode();
    const focus = selection.focus.getNode();
    return this.isParentOf(anchor) && this.isParentOf(focus) && selection.getTextContent().length > 0;
  }
}

/** A new citation; `$create` makes it of whatever class the editor registered for the type (the editor draws it). */
export function $createCitationNode(sourceIds: readonly string[] = [], locator: Locator | null = null): CitationNode {
  return $create(CitationNode).setSourceIds(sourceIds).setLocator(locator);
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}
