import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { compileStyle, isReportable, matchText, type CompiledStyle, type StyleMatch } from '../../../shared/style/matcher';
import type { StyleRules } from '../../../shared/style/rules';
import { useHouseStyleRules } from './houseStyleRules';
import { StyleIndex } from './styleIndex';

/** What "use this spelling everywhere" did: how many spellings it changed. */
export interface RespellResult {
  changed: number;
  /** Puts every changed spelling back, when nothing was typed over them since. */
  undo: () => void;
}

/**
 * House style for one open article, shared by the body's underlines and the headline's and
 * standfirst's: one index over all three, so a name spelled one way in the headline and
 * another in the body is mixed for both. Body blocks are keyed by their Lexical key, the
 * fields by `field:<name>`. Whoever changes the mixed names tells the others to redraw.
 */
export class ArticleStyle {
  readonly index: StyleIndex;
  readonly compiled: CompiledStyle;
  private readonly listeners = new Set<(groups: ReadonlySet<number>) => void>();

  constructor(
    readonly rules: StyleRules,
    /** Writes one spelling of a name group over every other in the article (set by the editor that owns the text). */
    readonly respell: ((group: number, chosen: string) => RespellResult) | null = null,
  ) {
    this.index = new StyleIndex(rules);
    this.compiled = compileStyle(rules);
  }

  /** Records one part's text; tells the listeners which names became (or stopped being) mixed. */
  set(key: string, text: string): Set<number> | null {
    const changed = this.index.set(key, text);
    if (changed !== null && changed.size > 0) this.emit(changed);
    return changed;
  }

  delete(key: string): Set<number> {
    const changed = this.index.delete(key);
    if (changed.size > 0) this.emit(changed);
    return changed;
  }

  /** The matches to show in a text that is not (yet) indexed, with the article's mixed names as they are now. */
  shownIn(text: string): StyleMatch[] {
    const mixed = this.index.mixedGroups;
    return matchText(this.compiled, text).filter((match) => isReportable(match, mixed, this.rules));
  }

  subscribe(listener: (groups: ReadonlySet<number>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(groups: ReadonlySet<number>): void {
    for (const listener of [...this.listeners]) listener(groups);
  }
}

/** The key of a metadata field in the shared index. */
export const fieldKey = (field: string): string => `field:${field}`;
export const isFieldKey = (key: string): boolean => key.startsWith('field:');

export const ArticleStyleContext = createContext<ArticleStyle | null>(null);

/** The open article's house style; null until the rules are loaded (or if they cannot be). */
export const useArticleStyle = (): ArticleStyle | null => useContext(ArticleStyleContext);

/** Makes the article's house style once its rules are loaded; `respell` is read when used, so it may change. */
export function useArticleStyleState(articleId: string | null, respell: { current: (group: number, chosen: string) => RespellResult }): ArticleStyle | null {
  const rules = useHouseStyleRules(articleId);
  return useMemo(() => (rules === null ? null : new ArticleStyle(rules, (group, chosen) => respell.current(group, chosen))), [rules, respell]);
}

/** Re-renders the caller whenever the article's mixed names change. */
export function useMixedNames(style: ArticleStyle | null): void {
  const [, setVersion] = useState(0);
  useEffect(() => style?.subscribe(() => setVersion((v) => v + 1)), [style]);
}
