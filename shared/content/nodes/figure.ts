import {
  $create,
  DecoratorNode,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { FIGURE_TYPE, FigureFieldsSchema, type Crop, type FigureFields, type Rotation } from './figure-data';

export { FIGURE_TYPE };

export type SerializedFigureNode = Spread<
  {
    type: typeof FIGURE_TYPE;
    version: 1;
    assetId: string;
    caption: string;
    alt: string;
    /** '' = use the credit line generated from the image's rights. */
    credit: string;
    crop: Crop | null;
    rotation: Rotation;
  },
  SerializedLexicalNode
>;

/**
 * A figure: an image from the asset library (by id) with this use's caption, alt text,
 * credit override, crop and rotation. A block of its own, and all plain fields (no nested
 * editors), so the body stays one flat editor.
 *
 * Headless: no DOM here and `decorate` returns nothing. The editor registers its subclass
 * (renderer/editor/nodes/FigureView) under this same type in place of this class, so both
 * load and write the same JSON. Nodes are made with `$create(FigureNode)`, which builds
 * whichever class the running editor registered.
 */
export class FigureNode extends DecoratorNode<unknown> {
  __assetId: string;
  __caption: string;
  __alt: string;
  __credit: string;
  __crop: Crop | null;
  __rotation: Rotation;

  static override getType(): string {
    return FIGURE_TYPE;
  }

  static override clone(node: FigureNode): FigureNode {
    return new FigureNode(node.__assetId, node.__caption, node.__alt, node.__credit, node.__crop, node.__rotation, node.__key);
  }

  static override importJSON(json: SerializedFigureNode): FigureNode {
    return $create(FigureNode).updateFromJSON(json);
  }

  /** Every argument is optional: collaboration (Yjs) rebuilds nodes from their type alone. */
  constructor(
    assetId = '',
    caption = '',
    alt = '',
    credit = '',
    crop: Crop | null = null,
    rotation: Rotation = 0,
    key?: NodeKey,
  ) {
    super(key);
    this.__assetId = assetId;
    this.__caption = caption;
    this.__alt = alt;
    this.__credit = credit;
    this.__crop = crop;
    this.__rotation = rotation;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedFigureNode>): this {
    const parsed = FigureFieldsSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue !== undefined && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      throw new Error(`a figure node is malformed${where}: ${issue?.message ?? 'bad shape'}`);
    }
    return super.updateFromJSON(json).setFields(parsed.data);
  }

  override exportJSON(): SerializedFigureNode {
    const fields = this.getFields();
    return {
      ...super.exportJSON(),
      type: FIGURE_TYPE,
      version: 1,
      assetId: fields.assetId,
      caption: fields.caption,
      alt: fields.alt,
      credit: fields.credit,
      crop: fields.crop === null ? null : { ...fields.crop },
      rotation: fields.rotation,
    };
  }

  getFields(): FigureFields {
    const self = this.getLatest();
    return {
      assetId: self.__assetId,
      caption: self.__caption,
      alt: self.__alt,
      credit: self.__credit,
      crop: self.__crop,
      rotation: self.__rotation,
    };
  }

  /** Changes any of the fields at once (one undo step for the person). */
  setFields(fields: Partial<FigureFields>): this {
    const writable = this.getWritable();
    if (fields.assetId !== undefined) writable.__assetId = fields.assetId;
    if (fields.caption !== undefined) writable.__caption = fields.caption;
    if (fields.alt !== undefined) writable.__alt = fields.alt;
    if (fields.credit !== undefined) writable.__credit = fields.credit;
    if (fields.crop !== undefined) writable.__crop = fields.crop === null ? null : { ...fields.crop };
    if (fields.rotation !== undefined) writable.__rotation = fields.rotation;
    return writable;
  }

  getAssetId(): string {
    return this.getLatest().__assetId;
  }

  override isInline(): false {
    return false;
  }

  /** The caption is not running text: it would land mid-article in the word count and in copied text. */
  override getTextContent(): string {
    return '';
  }
}

export function $createFigureNode(fields: Partial<FigureFields> & { assetId: string }): FigureNode {
  return $create(FigureNode).setFields(fields);
}

export function $isFigureNode(node: LexicalNode | null | undefined): node is FigureNode {
  return node instanceof FigureNode;
}
