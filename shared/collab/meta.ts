import type * as Y from 'yjs';
import { ArticleMetaSchema, emptyMeta, keptMeta, type ArticleMeta } from '../domain/article';
import { CollabFormatError, DEK_TEXT, FIELDS_MAP, HEADLINE_TEXT } from './layout';

type FieldName = Exclude<keyof ArticleMeta, 'headline' | 'dek'>;
const FIELD_NAMES: readonly FieldName[] = ['bylines', 'bylineUrls', 'section', 'tags', 'slug', 'dateline', 'language'];

/**
 * The article's metadata as the document holds it: the headline and standfirst from their
 * texts, the rest from the fields map (a field nobody has set yet is the empty default).
 * Validated, as it may come from another machine.
 */
export function metaFromDoc(doc: Y.Doc): ArticleMeta {
  const fields = doc.getMap(FIELDS_MAP);
  const meta: Record<string, unknown> = {
    ...emptyMeta(),
    headline: doc.getText(HEADLINE_TEXT).toString(),
    dek: doc.getText(DEK_TEXT).toString(),
  };
  for (const name of FIELD_NAMES) {
    const value = fields.get(name);
    if (value !== undefined) meta[name] = value;
  }
  const parsed = ArticleMetaSchema.safeParse(meta);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CollabFormatError(`This shared article's ${issue?.path.join('.') || 'metadata'} is not valid: ${issue?.message ?? 'bad shape'}.`);
  }
  return keptMeta(parsed.data);
}

/**
 * Writes `meta` into the document, changing only what differs: the texts by their changed
 * middle (so a concurrent edit elsewhere in the headline survives), a field only when its
 * value changed (so writing the form back does not overwrite a field someone else set).
 */
export function writeMeta(doc: Y.Doc, meta: ArticleMeta): void {
  const valid = keptMeta(ArticleMetaSchema.parse(meta));
  doc.transact(() => {
    replaceText(doc.getText(HEADLINE_TEXT), valid.headline);
    replaceText(doc.getText(DEK_TEXT), valid.dek);
    const fields = doc.getMap(FIELDS_MAP);
    for (const name of FIELD_NAMES) {
      const next = valid[name];
      if (next === undefined) {
        if (fields.has(name)) fields.delete(name);
      } else if (JSON.stringify(fields.get(name)) !== JSON.stringify(next)) {
        fields.set(name, next);
      }
    }
  });
}

/** Replaces `text`'s content with `next` by deleting and inserting only the part between their common ends. */
export function replaceText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const shorter = Math.min(current.length, next.length);
  while (start < shorter && current[start] === next[start]) start += 1;
  let end = 0;
  while (end < shorter - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end += 1;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted.length > 0) text.insert(start, inserted);
}
