import { z } from 'zod';
import { SourceFieldsSchema, type SourceFields, type SourceKind } from '../../../shared/domain/source';

/**
 * One CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) as
 * a Galley source. Items come from a file, so each is validated here, and one that cannot
 * become a source is skipped with a reason rather than failing the whole import.
 */

const NameSchema = z.looseObject({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
});
const DateSchema = z.looseObject({
  'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).optional(),
});
const TextOrList = z.union([z.string(), z.number().transform(String), z.array(z.string())]);
const CslItemSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  type: z.string().optional(),
  title: TextOrList.optional(),
  URL: z.string().optional(),
  DOI: z.string().optional(),
  publisher: z.string().optional(),
  'container-title': TextOrList.optional(),
  author: z.array(NameSchema).optional(),
  issued: DateSchema.optional(),
  accessed: DateSchema.optional(),
  note: z.string().optional(),
  genre: z.string().optional(),
});
type CslItem = z.infer<typeof CslItemSchema>;

/** CSL's item types, by what a newsroom calls them; anything else is a document. */
const KIND_OF_TYPE: Readonly<Record<string, SourceKind>> = {
  webpage: 'web_page',
  'post-weblog': 'web_page',
  'article-newspaper': 'web_page',
  'article-magazine': 'web_page',
  post: 'social_post',
  dataset: 'dataset',
  interview: 'interview',
  personal_communication: 'interview',
  book: 'book_paper',
  chapter: 'book_paper',
  'article-journal': 'book_paper',
  'paper-conference': 'book_paper',
  thesis: 'book_paper',
  article: 'book_paper',
  report: 'document',
  legislation: 'document',
  bill: 'document',
  legal_case: 'document',
  regulation: 'document',
  standard: 'document',
  patent: 'document',
  manuscript: 'document',
  document: 'document',
  speech: 'document',
  broadcast: 'document',
};

function kindOf(item: CslItem): SourceKind {
  if (item.genre !== undefined && /press[\s-]?release/i.test(item.genre)) return 'press_release';
  if (item.genre !== undefined && /wire/i.test(item.genre)) return 'wire_copy';
  const kind = KIND_OF_TYPE[item.type ?? ''] ?? 'document';
  // BibTeX's @misc with an address (how most web pages are kept in BibTeX) arrives as a "document".
  return kind === 'document' && (item.type ?? 'document') === 'document' && (item.URL ?? '') !== '' ? 'web_page' : kind;
}

const firstText = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
const clip = (text: string, max: number): string => ([...text].length <= max ? text : `${[...text].slice(0, max - 1).join('')}…`);

function names(list: CslItem['author']): string {
  return (list ?? [])
    .map((name) => collapse(name.literal ?? [name.given, name.family].filter((part) => part !== undefined && part !== '').join(' ')))
    .filter((name) => name !== '')
    .join(', ');
}

/** A full date as YYYY-MM-DD; a year or a month alone is not a date Galley stores (the caller warns). */
function isoDate(date: CslItem['issued']): { value: string; partial: boolean } {
  const parts = date?.['date-parts']?.[0]?.map(Number) ?? [];
  if (parts.length === 0 || parts.some((n) => !Number.isInteger(n))) return { value: '', partial: false };
  const [year, month, day] = parts;
  if (year === undefined || month === undefined || day === undefined) return { value: '', partial: true };
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return z.iso.date().safeParse(value).success ? { value, partial: false } : { value: '', partial: true };
}

function urlOf(item: CslItem): string {
  const url = collapse(item.URL ?? '');
  if (url !== '') return url;
  const doi = collapse(item.DOI ?? '').replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '');
  return doi === '' ? '' : `https://doi.org/${doi}`;
}

export type Converted = { ok: true; fields: SourceFields; partialDate: boolean } | { ok: false; reason: string };

export function cslToSource(raw: unknown): Converted {
  const parsed = CslItemSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'it is not a reference entry' };
  const item = parsed.data;
  const title = clip(collapse(firstText(item.title)), 500);
  if (title === '') return { ok: false, reason: 'it has no title' };
  const kind = kindOf(item);
  const author = clip(names(item.author), 300);
  const published = isoDate(item.issued);
  let url = urlOf(item);
  if (url !== '' && !/^https?:\/\//i.test(url)) url = '';
  const candidate = {
    kind,
    title,
    url: url.length > 2000 ? '' : url,
    publisher: clip(collapse(item.publisher ?? firstText(item['container-title'])), 300),
    author,
    publishedDate: published.value,
    accessedDate: isoDate(item.accessed).value,
    notes: clip(item.note?.trim() ?? '', 5000),
    // In CSL an interview's author is the person interviewed; imported interviews are on the record.
    interview: kind === 'interview' ? { name: author, role: '', contact: '', attribution: 'on_the_record' as const } : null,
  };
  const fields = SourceFieldsSchema.safeParse(candidate);
  if (fields.success) return { ok: true, fields: fields.data, partialDate: published.partial };
  // An address Galley does not accept (not http or https) is dropped rather than losing the entry.
  const withoutUrl = SourceFieldsSchema.safeParse({ ...candidate, url: '' });
  if (withoutUrl.success) return { ok: true, fields: withoutUrl.data, partialDate: published.partial };
  return { ok: false, reason: withoutUrl.error.issues[0]?.message ?? 'it has fields Galley cannot store' };
}

/** How an entry is named in a warning: its citation key or position. */
export function entryLabel(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? `“${String(id).slice(0, 80)}”` : `number ${index + 1}`;
}
