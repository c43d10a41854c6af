/**
 * The model of the typing walk (typing-model.spec.ts): what a person has typed into each
 * article, which the app must show and store after every reload. Plain data, no browser.
 */

/** A seeded pseudo-random source (mulberry32): the same seed walks the same way. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

// Plain words: nothing the editor turns into something else (no commas, which split chips).
export const WORDS = ['levee', 'harbour', 'ministry', 'night', 'river', 'council', 'vote', 'bridge', 'rain', 'desk', 'Sukkur', 'report', 'held', 'water'];

/** A few words, to be appended to a field that already holds `existing`. */
export function words(random: Random, existing: string): string {
  const count = random.between(1, 3);
  const text = Array.from({ length: count }, () => random.pick(WORDS)).join(' ');
  return existing === '' ? text : ` ${text}`;
}

export const TEXT_FIELDS = ['headline', 'dek', 'section', 'dateline'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export const LIST_FIELDS = ['bylines', 'tags'] as const;
export type ListField = (typeof LIST_FIELDS)[number];
/** A figure's own fields, typed in the Rights panel, with the labels they are typed under. */
export const FIGURE_FIELDS = { caption: 'Caption', alt: 'Alt text', credit: 'Credit line' } as const;
export type FigureField = keyof typeof FIGURE_FIELDS;
export type FigureText = Record<FigureField, string>;

/** One article as typed: its fields, its body (one paragraph) and its footnotes' notes in order. */
export interface ArticleModel {
  id: string;
  headline: string;
  dek: string;
  section: string;
  dateline: string;
  bylines: string[];
  tags: string[];
  body: string;
  notes: string[];
  /** The one image each article starts with. */
  figure: FigureText;
}

export function emptyArticle(id: string, figure: FigureText): ArticleModel {
  return { id, headline: '', dek: '', section: '', dateline: '', bylines: [], tags: [], body: '', notes: [], figure };
}

interface SerializedNode extends Partial<FigureText> {
  type: string;
  text?: string;
  children?: SerializedNode[];
}

/** The body as stored: its paragraphs' words (footnote markers left out), its notes in document order, its figures. */
export function storedBody(editorState: { root: SerializedNode }): { body: string; notes: string[]; figures: FigureText[] } {
  const notes: string[] = [];
  const figures: FigureText[] = [];
  const textOf = (node: SerializedNode): string => {
    if (node.type === 'figure') {
      figures.push({ caption: node.caption ?? '', alt: node.alt ?? '', credit: node.credit ?? '' });
      return '';
    }
    if (node.type === 'footnote') {
      notes.push(node.text ?? '');
      return '';
    }
    if (node.type === 'text') return node.text ?? '';
    return (node.children ?? []).map(textOf).join('');
  };
  const body = (editorState.root.children ?? []).map(textOf).filter((text) => text !== '').join('\n');
  return { body, notes, figures };
}

/** A form's text fields, each by the label it is typed under. */
export type FormFields = Readonly<Record<string, string>>;

/**
 * Every text field of the source form, by kind where the form differs: an interview adds the
 * interviewee and labels the publisher "Organisation". (The dates are date inputs, not text:
 * their parts' order follows the browser's own locale, so they are not typed here.)
 */
export const SOURCE_FORMS: readonly { kind: string; label: string; fields: FormFields }[] = [
  {
    kind: 'web_page',
    label: 'Web page',
    fields: { title: 'Title', url: 'Address (URL)', publisher: 'Publisher', author: 'Author', archiveUrl: 'Archived copy (URL)', notes: 'Notes' },
  },
  { kind: 'interview', label: 'Interview', fields: { title: 'Title', name: 'Name', role: 'Role', contact: 'Contact', publisher: 'Organisation', notes: 'Notes' } },
];

/** Every text field of an image's rights that shows whatever the licence (the end date is a date input). */
export const RIGHTS_FIELDS = {
  creator: 'Creator',
  creditLine: 'Credit (provider)',
  usageTerms: 'Usage terms',
  restrictions: 'Restrictions (special instructions)',
  copyrightNotice: 'Copyright notice',
  source: 'Source',
  sourceUrl: 'Source address',
  webStatement: 'Web statement of rights',
  licensor: 'Licensor',
  licensorUrl: 'Licensor address',
} as const satisfies FormFields;
/** The rights fields a licence asks for, by the licence (as the picker names it) that shows them. */
export const LICENCE_DETAIL_FIELDS = {
  'Wire agency': { agency: 'Agency', licenceReference: 'Licence reference' },
  'Used with permission': { permissionGrantedBy: 'Permission granted by' },
  'Fair use / fair dealing': { fairUseJustification: 'Why fair use / fair dealing applies' },
} as const satisfies Record<string, FormFields>;

/** Fields that hold a web address, which must stay one as it is typed on. */
const URL_FIELD = /url$|^webStatement$/i;

/** What to type at the end of `key`'s field holding `existing`: a word (short, to keep the run short), or for an address an address or a path onto it. */
export function textFor(random: Random, key: string, existing: string): string {
  const word = random.pick(WORDS);
  if (!URL_FIELD.test(key)) return existing === '' ? word : ` ${word}`;
  return existing === '' ? `https://${word.toLowerCase()}.example/` : `${word.toLowerCase()}/`;
}
