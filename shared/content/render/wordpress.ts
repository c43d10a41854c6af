import type { ArticleBody } from '../body';
import { renderBodyHtml, type FootnoteDialect } from './html';
import { figureHtml } from './figure';
import type { SourceLookup } from './sources';
import type { FigureBlock, FootnoteMarker } from './tree';

/**
 * The body in WordPress's own dialect (6.3 and later): footnote markers are
 * `<sup data-fn="ID" class="fn"><a href="#ID" id="ID-link">N</a></sup>`, the notes live in
 * the post's `footnotes` meta (a JSON list of `{id, content}`) and the `core/footnotes`
 * block, placed after the body, prints them. Figures are image blocks' HTML with the
 * `wp-image-ID` class, which is what lets WordPress add responsive sizes.
 */

export interface WordPressFootnote {
  id: string;
  /** Inline HTML: the note's text and the sources it names. */
  content: string;
}

export interface WordPressBody {
  html: string;
  footnotes: WordPressFootnote[];
}

export interface WordPressBodyOptions {
  sources?: SourceLookup;
  /** The WordPress media id of a figure's image, when it has been uploaded. */
  mediaId?: (assetId: string) => number | null;
}

/** The block WordPress renders the `footnotes` meta with. */
export const FOOTNOTES_BLOCK = '<!-- wp:footnotes /-->';

/** An id WordPress and the reader's browser both accept, unique within the post. */
function footnoteIds(): (note: FootnoteMarker, n: number) => string {
  const byNumber = new Map<number, string>();
  const used = new Set<string>();
  return (note, n) => {
    const known = byNumber.get(n);
    if (known !== undefined) return known;
    let id = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(note.noteId) || /^[0-9a-f-]{8,64}$/i.test(note.noteId) ? note.noteId : `fn-${n}`;
    if (used.has(id)) id = `${id}-${n}`;
    used.add(id);
    byNumber.set(n, id);
    return id;
  };
}

export function renderWordPressBody(body: ArticleBody, options: WordPressBodyOptions = {}): WordPressBody {
  const idOf = footnoteIds();
  const footnotes: WordPressFootnote[] = [];
  const dialect: FootnoteDialect = {
    marker: (note, n) => {
      const id = idOf(note, n);
      return `<sup data-fn="${id}" class="fn"><a href="#${id}" id="${id}-link">${n}</a></sup>`;
    },
    notes(notes) {
      for (const { note, n, html } of notes) footnotes.push({ id: idOf(note, n), content: html });
      return notes.length === 0 ? '' : FOOTNOTES_BLOCK;
    },
  };
  const figure = (block: FigureBlock): string => {
    const id = options.mediaId?.(block.assetId) ?? null;
    return figureHtml(block, { figure: 'wp-block-image', image: id === null ? undefined : `wp-image-${id}`, caption: 'wp-element-caption' });
  };
  const html = renderBodyHtml(body, { sources: options.sources, footnotes: dialect, figure });
  return { html, footnotes };
}
