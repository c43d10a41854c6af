import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LexicalEditor } from 'lexical';
import { quoteStyleFor, type QuoteStyle } from '../../../shared/content/smart-quotes';
import { valueOf } from '../../../shared/domain/settings';
import { useApi } from '../../platform/ApiContext';

type Listener = () => void;

/**
 * The quotes typing curls to in one open article, or null where quotes stay straight. The
 * body's SmartQuotesPlugin works them out (the article's language, the outlet's settings)
 * and keeps them here, on the article's editor, for every other place the article is
 * written: the headline, the standfirst and the footnotes' notes (in their popover or the
 * Footnotes panel, which sit outside the body).
 */
class ArticleQuotes {
  private quotes: QuoteStyle | null = null;
  private readonly listeners = new Set<Listener>();

  readonly get = (): QuoteStyle | null => this.quotes;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(quotes: QuoteStyle | null): void {
    if (this.quotes === quotes) return;
    this.quotes = quotes;
    for (const listener of [...this.listeners]) listener();
  }
}

const byEditor = new WeakMap<LexicalEditor, ArticleQuotes>();

export function articleQuotesFor(editor: LexicalEditor): ArticleQuotes {
  let quotes = byEditor.get(editor);
  if (quotes === undefined) {
    quotes = new ArticleQuotes();
    byEditor.set(editor, quotes);
  }
  return quotes;
}

/** The quotes typing curls to in the article whose body is `editor`; null until known, or where they stay straight. */
export function useArticleQuotes(editor: LexicalEditor): QuoteStyle | null {
  const quotes = articleQuotesFor(editor);
  return useSyncExternalStore(quotes.subscribe, quotes.get);
}

/** The language's quotes, or null where they stay straight (no table entry, or turned off in Settings). */
export function useQuoteStyle(language: string): QuoteStyle | null {
  const api = useApi();
  const [off, setOff] = useState<readonly string[] | null>(null);
  useEffect(() => {
    let current = true;
    api.call('settings.get', { key: 'typing' }).then(
      (setting) => current && setOff(valueOf('typing', setting).smartQuotesOff),
      // Without the settings, typing goes on with the default (quotes curled).
      () => current && setOff([]),
    );
    return () => {
      current = false;
    };
  }, [api]);
  const quotes = quoteStyleFor(language);
  if (off === null || quotes === null) return null;
  return off.includes(language.split('-')[0]!.toLowerCase()) ? null : quotes;
}
