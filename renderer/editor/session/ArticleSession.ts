import { createContext, useContext } from 'react';
import type { LexicalEditor } from 'lexical';
import type { Article } from '../../../shared/domain/article';

/**
 * What the side panels may do with the open article: make sure it is saved (before a
 * version or a restore), swap in the copy the server returned after a restore, and hold
 * the editor still meanwhile.
 */
export interface ArticleSession {
  articleId: string;
  headline: string;
  /** True when the workflow does not let this person change the article now (someone else holds it, or its state). */
  readOnly: boolean;
  /** The body's editor: panels that work on the text (footnotes) read and change it through this. */
  editor: LexicalEditor;
  /** Saves pending changes now; true when everything typed is saved. */
  saveNow(): Promise<boolean>;
  replaceArticle(article: Article): void;
  setReadOnly(readOnly: boolean): void;
}

export const ArticleSessionContext = createContext<ArticleSession | null>(null);

export function useArticleSession(): ArticleSession | null {
  return useContext(ArticleSessionContext);
}
