import type { FoundMeta } from '../meta';

/**
 * YAML-style front matter (`---` lines around `key: value` pairs) as static-site tools and
 * note apps write it. Only the flat subset articles use is read: strings, quoted strings,
 * `[a, b]` lists and `- item` lists. It is not a YAML parser and never evaluates anything.
 */

export interface FrontMatter {
  found: FoundMeta;
  /** The Markdown after the front matter. */
  content: string;
  /** Field names that were present but mean nothing to Galley. */
  ignored: string[];
}

/** Front matter longer than this is not front matter but a document that starts with a rule. */
const MAX_FRONT_MATTER_LINES = 200;

const FIELD_FOR_KEY: Readonly<Record<string, keyof FoundMeta>> = {
  title: 'headline',
  headline: 'headline',
  dek: 'dek',
  standfirst: 'dek',
  subtitle: 'dek',
  description: 'dek',
  summary: 'dek',
  author: 'bylines',
  authors: 'bylines',
  byline: 'bylines',
  bylines: 'bylines',
  section: 'section',
  tags: 'tags',
  keywords: 'tags',
  slug: 'slug',
  dateline: 'dateline',
  lang: 'language',
  language: 'language',
};

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  if (trimmed.length >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")) return trimmed.slice(1, -1).replace(/''/g, "'");
  // A comment starts at a # after whitespace. Found without a quantifier, which would
  // backtrack over long runs of spaces.
  const comment = /\s#/.exec(trimmed);
  return comment === null ? trimmed : trimmed.slice(0, comment.index).trim();
}

/** `[a, "b, c"]` → ['a', 'b, c']; anything else is one value. */
function parseValue(value: string): string | string[] {
  const trimmed = value.trim();
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) return unquote(trimmed);
  const items = trimmed.slice(1, -1).match(/[ \t]*(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+)/g) ?? [];
  return items.map(unquote).filter((item) => item !== '');
}

function assign(found: FoundMeta, field: keyof FoundMeta, value: string | string[]): void {
  if (field === 'bylines' || field === 'tags') {
    // A comma-separated string is a list too: `tags: politics, economy`.
    const items = typeof value === 'string' ? value.split(',').map((item) => item.trim()) : value;
    found[field] = [...(found[field] ?? []), ...items.filter((item) => item !== '')];
  } else if (found[field] === undefined) {
    found[field] = typeof value === 'string' ? value : value.join(', ');
  }
}

/** Splits off and reads front matter; text without it comes back unchanged. */
export function readFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { found: {}, content: text, ignored: [] };
  if (!/^---[ \t]*\n/.test(text)) return none;
  const lines = text.split('\n', MAX_FRONT_MATTER_LINES + 2);
  const end = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line));
  if (end === -1) return none;

  const found: FoundMeta = {};
  const ignored: string[] = [];
  let listField: keyof FoundMeta | null = null;
  for (const line of lines.slice(1, end)) {
    const item = /^[ \t]+-[ \t]+(.*)$/.exec(line);
    if (item !== null) {
      if (listField !== null) assign(found, listField, [unquote(item[1] ?? '')]);
      continue;
    }
    const pair = /^([A-Za-z][\w-]*)[ \t]*:(.*)$/.exec(line);
    if (pair === null) continue;
    const key = (pair[1] ?? '').toLowerCase();
    const field = FIELD_FOR_KEY[key];
    listField = null;
    if (field === undefined) {
      if (!ignored.includes(key)) ignored.push(key);
      continue;
    }
    const value = pair[2] ?? '';
    if (value.trim() === '') listField = field;
    else assign(found, field, parseValue(value));
  }
  const consumed = lines.slice(0, end + 1).join('\n').length + 1;
  return { found, content: text.slice(consumed), ignored };
}
