import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useDebouncedValue } from '../../ui/hooks/useDebouncedValue';
import { SearchIcon, CloseIcon } from '../../ui/icons';
import { count, plural } from '../../ui/format';
import { onCommand } from '../../common/commands';
import { useAuth } from '../../common/AuthContext';
import { ArticleList, type ArticleListHandle } from './ArticleList';
import { EmptyArticleList } from './EmptyArticleList';
import { useArticlePages } from './useArticlePages';

const SEARCH_DEBOUNCE_MS = 200;

interface Props {
  openArticleId: string | null;
  onOpen: (articleId: string) => void;
}

/**
 * The left column: search as you type over headline, standfirst, body and footnote notes,
 * and the list of articles, newest change first. Memoised: the window re-renders when the open article's
 * session changes (for the side panels), and the list need not render with it.
 */
export const ArticleSidebar = memo(function ArticleSidebar({ openArticleId, onOpen }: Props) {
  const { session } = useAuth();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const pages = useArticlePages(query);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<ArticleListHandle>(null);

  useEffect(
    () =>
      onCommand((command) => {
        if (command !== 'view.search') return false;
        searchRef.current?.focus();
        searchRef.current?.select();
        return true;
      }),
    [],
  );

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      listRef.current?.focusFirst();
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      setText('');
    } else if (event.key === 'Enter') {
      const first = pages.itemAt(0);
      if (first !== undefined) onOpen(first.id);
    }
  };

  const focusSearch = useCallback(() => searchRef.current?.focus(), []);

  return (
    <nav className="sidebar" aria-label="Articles">
      <div className="sidebar__search">
        <label htmlFor="article-search" className="visually-hidden">
          Search articles
        </label>
        <span className="search-field">
          <SearchIcon />
          <input
            ref={searchRef}
            id="article-search"
            type="search"
            placeholder="Search articles"
            autoComplete="off"
            spellCheck={false}
            maxLength={500}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onSearchKeyDown}
            // Only while the list is there: an id that points at nothing is an error to screen readers.
            aria-controls={pages.total === 0 ? undefined : 'article-list'}
          />
          {text !== '' ? (
            <button
              type="button"
              className="icon-button search-field__clear"
              aria-label="Clear search"
              onClick={() => {
                setText('');
                focusSearch();
              }}
            >
              <CloseIcon />
            </button>
          ) : null}
        </span>
      </div>
      <p id="article-list-label" className="sidebar__count" role="status" aria-live="polite">
        {countLabel(pages.total, pages.shownQuery, pages.error)}
      </p>
      {pages.total === 0 && pages.shownQuery === '' ? (
        <EmptyArticleList role={session.role} />
      ) : pages.total === 0 ? (
        <p className="sidebar__empty">Nothing matches “{pages.shownQuery}”. Try fewer or different words.</p>
      ) : (
        <ArticleList
          id="article-list"
          pages={pages}
          openArticleId={openArticleId}
          onOpen={onOpen}
          onLeaveTop={focusSearch}
          handleRef={listRef}
          labelledBy="article-list-label"
        />
      )}
    </nav>
  );
});

function countLabel(total: number | null, query: string, error: string | null): string {
  if (error !== null && total === null) return `Couldn't load articles: ${error}`;
  if (total === null) return query === '' ? 'Loading articles…' : 'Searching…';
  if (query === '') return plural(total, 'article', 'articles');
  return `${count(total)} ${total === 1 ? 'result' : 'results'} for “${query}”`;
}
