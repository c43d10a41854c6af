import { diffArrays } from 'diff';
import type { ArticleBody } from '../content/body';
import { scannedBody } from '../content/scan';
import type { ArticleMeta } from '../domain/article';
import type { ArticleDiff, BlockDiff, CitedSource, FieldDiff, FootnoteDiff, RightsDiff, RightsSnapshot, SourceDiff } from './types';
import { diffBlocks, type DiffBlock } from './blocks';
import { hasChange, wordPieces } from './words';

/** One side of a comparison: what a revision or a reviewer's last look holds. */
export interface ArticleState {
  meta: ArticleMeta;
  body: ArticleBody;
  /** Rights of the images the body shows, by asset id. Absent: not known (compared as unchanged). */
  rights?: Readonly<Record<string, RightsSnapshot>>;
  /** The sources it cites or attaches (./source-snapshot), by source id. Absent: not known (compared as unchanged). */
  sources?: Readonly<Record<string, RightsSnapshot>>;
}

export interface DiffOptions {
  /** A source's title for the citations list; the id when unknown. */
  sourceTitle?: (id: string) => string | undefined;
}

/** The fields compared as text (author pages are not yet shown in the diff). */
type TextMetaField = Exclude<keyof ArticleMeta, 'bylineUrls'>;

const META_FIELDS: ReadonlyArray<[TextMetaField, string]> = [
  ['headline', 'Headline'],
  ['dek', 'Dek'],
  ['bylines', 'Bylines'],
  ['section', 'Section'],
  ['tags', 'Tags'],
  ['slug', 'Slug'],
  ['dateline', 'Dateline'],
  ['language', 'Language'],
];

const fieldText = (value: ArticleMeta[TextMetaField]): string => (Array.isArray(value) ? value.join(', ') : value);

function metaDiff(before: ArticleMeta, after: ArticleMeta): FieldDiff[] {
  return META_FIELDS.flatMap(([field, label]) => {
    const pieces = wordPieces(fieldText(before[field]), fieldText(after[field]));
    return hasChange(pieces) ? [{ field, label, pieces }] : [];
  });
}

/**
 * Blocks are aligned first (by type and text, with diffArrays), so a paragraph inserted at
 * the top does not show every later paragraph as rewritten; then each run of removed
 * blocks facing a run of added ones is paired in order and compared word by word.
 */
function bodyDiff(before: readonly DiffBlock[], after: readonly DiffBlock[]): BlockDiff[] {
  const key = (block: DiffBlock) => `${block.type}\u0000${block.text}`;
  const changes = diffArrays(before.map(key), after.map(key));
  const out: BlockDiff[] = [];
  let i = 0;
  let j = 0;
  for (let c = 0; c < changes.length; c += 1) {
    const change = changes[c]!;
    const count = change.value.length;
    if (!change.added && !change.removed) {
      for (let k = 0; k < count; k += 1) {
        const block = after[j + k]!;
        out.push({ status: 'same', type: block.type, pieces: block.text === '' ? [] : [{ kind: 'same', text: block.text }] });
      }
      i += count;
      j += count;
      continue;
    }
    const next = changes[c + 1];
    const removed = change.removed ? before.slice(i, i + count) : [];
    const added = change.added ? after.slice(j, j + count) : next?.added && change.removed ? after.slice(j, j + next.value.length) : [];
    if (change.removed && next?.added) c += 1;
    i += removed.length;
    j += added.length;
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k += 1) {
      out.push({ status: 'changed', type: added[k]!.type, pieces: wordPieces(removed[k]!.text, added[k]!.text) });
    }
    for (const block of removed.slice(paired)) out.push({ status: 'removed', type: block.type, pieces: block.text === '' ? [] : [{ kind: 'removed', text: block.text }] });
    for (const block of added.slice(paired)) out.push({ status: 'added', type: block.type, pieces: block.text === '' ? [] : [{ kind: 'added', text: block.text }] });
  }
  return out;
}

function footnoteDiff(before: ArticleBody, after: ArticleBody): FootnoteDiff[] {
  const old = new Map(scannedBody(before).footnotes.map((note) => [note.noteId, note]));
  const now = scannedBody(after).footnotes;
  const out: FootnoteDiff[] = [];
  for (const note of now) {
    const was = old.get(note.noteId);
    if (was === undefined) out.push({ noteId: note.noteId, number: note.number, status: 'added', pieces: wordPieces('', note.text) });
    else if (was.text !== note.text) out.push({ noteId: note.noteId, number: note.number, status: 'changed', pieces: wordPieces(was.text, note.text) });
  }
  const kept = new Set(now.map((note) => note.noteId));
  for (const note of old.values()) {
    if (!kept.has(note.noteId)) out.push({ noteId: note.noteId, number: note.number, status: 'removed', pieces: wordPieces(note.text, '') });
  }
  return out;
}

/** The sources a body cites, in citations and in footnotes. */
function citedIds(body: ArticleBody): Set<string> {
  const scan = scannedBody(body);
  return new Set([...scan.citations.flatMap((c) => c.sourceIds), ...scan.footnotes.flatMap((f) => f.sourceIds)]);
}

function citationDiff(before: ArticleBody, after: ArticleBody, options: DiffOptions): ArticleDiff['citations'] {
  const old = citedIds(before);
  const now = citedIds(after);
  const named = (id: string): CitedSource => ({ id, title: options.sourceTitle?.(id) ?? id });
  return {
    added: [...now].filter((id) => !old.has(id)).map(named),
    removed: [...old].filter((id) => !now.has(id)).map(named),
  };
}

const rightsLabel = (assetId: string, rights: RightsSnapshot | undefined): string =>
  rights?.['Credit line'] || rights?.['File name'] || `Image ${assetId.slice(0, 8)}`;
const sourceLabel = (sourceId: string, source: RightsSnapshot | undefined): string => source?.['Title'] || `Source ${sourceId.slice(0, 8)}`;

interface RecordDiff {
  id: string;
  label: string;
  status: 'added' | 'removed' | 'changed';
  fields: FieldDiff[];
}

/** Records kept as label → value (image rights, sources), compared field by field. */
function recordsDiff(
  before: Readonly<Record<string, RightsSnapshot>> | undefined,
  after: Readonly<Record<string, RightsSnapshot>> | undefined,
  labelOf: (id: string, record: RightsSnapshot | undefined) => string,
): RecordDiff[] {
  if (before === undefined || after === undefined) return [];
  const out: RecordDiff[] = [];
  const fieldsOf = (was: RightsSnapshot, now: RightsSnapshot): FieldDiff[] =>
    [...new Set([...Object.keys(was), ...Object.keys(now)])].flatMap((label) => {
      const pieces = wordPieces(was[label] ?? '', now[label] ?? '');
      return hasChange(pieces) ? [{ field: label, label, pieces }] : [];
    });
  for (const [id, now] of Object.entries(after)) {
    const was = before[id];
    if (was === undefined) out.push({ id, label: labelOf(id, now), status: 'added', fields: fieldsOf({}, now) });
    else {
      const fields = fieldsOf(was, now);
      if (fields.length > 0) out.push({ id, label: labelOf(id, now), status: 'changed', fields });
    }
  }
  for (const [id, was] of Object.entries(before)) {
    if (after[id] === undefined) out.push({ id, label: labelOf(id, was), status: 'removed', fields: fieldsOf(was, {}) });
  }
  return out;
}

/** Everything that changed from `before` to `after`. Pure: the same two states always give the same diff. */
export function diffArticles(before: ArticleState, after: ArticleState, options: DiffOptions = {}): ArticleDiff {
  const meta = metaDiff(before.meta, after.meta);
  const body = bodyDiff(diffBlocks(before.body), diffBlocks(after.body));
  const footnotes = footnoteDiff(before.body, after.body);
  const citations = citationDiff(before.body, after.body, options);
  const rights: RightsDiff[] = recordsDiff(before.rights, after.rights, rightsLabel).map(({ id, ...rest }) => ({ assetId: id, ...rest }));
  const sources: SourceDiff[] = recordsDiff(before.sources, after.sources, sourceLabel).map(({ id, ...rest }) => ({ sourceId: id, ...rest }));
  const changed =
    meta.length > 0 ||
    body.some((block) => block.status !== 'same') ||
    footnotes.length > 0 ||
    citations.added.length + citations.removed.length > 0 ||
    rights.length > 0 ||
    sources.length > 0;
  return { changed, meta, body, footnotes, citations, rights, sources };
}
