import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArticleSummary } from '../../../shared/domain/article';
import { useNow } from '../../ui/hooks/useNow';
import type { ArticlePageCache } from './articlePageCache';
import { ArticleListRow } from './ArticleListRow';

/** Rows have one fixed height: with 100,000 rows nothing is measured, only arithmetic. */
export const ROW_HEIGHT = 84;

interface Props {
  id: string;
  pages: ArticlePageCache;
  openArticleId: string | null;
  onOpen: (articleId: string) => void;
  /** Focus moves here when the reader presses ArrowUp on the first row. */
  onLeaveTop: () => void;
  /** Set by the search box so ArrowDown there can move into the list. */
  handleRef: Ref<ArticleListHandle>;
  labelledBy: string;
}

/**
 * The article list as a virtualised listbox: one tab stop, arrow keys move the highlight
 * (`aria-activedescendant`), Enter opens. Only the rows on screen exist in the DOM.
 */
export interface ArticleListHandle {
  focusFirst(): void;
}

export function ArticleList({ id, pages, openArticleId, onOpen, onLeaveTop, handleRef, labelledBy }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(-1);
  const now = useNow(60_000);
  const total = pages.total ?? 0;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const firstVisible = virtualItems[0]?.index ?? 0;
  const lastVisible = virtualItems[virtualItems.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) pages.ensureRange(firstVisible, lastVisible);
  }, [pages, total, firstVisible, lastVisible]);

  // A new query or a shorter list must not leave the highlight past the end.
  useEffect(() => {
    setActiveIndex((index) => (index >= total ? total - 1 : index));
  }, [total]);

  const rowInView = (index: number) => {
    const row = virtualItems.find((item) => item.index === index);
    const top = virtualizer.scrollOffset ?? 0;
    const height = virtualizer.scrollRect?.height ?? 0;
    return row !== undefined && row.start >= top && row.end <= top + height;
  };

  const moveTo = (index: number) => {
    if (total === 0) return;
    const next = Math.min(Math.max(index, 0), total - 1);
    setActiveIndex(next);
    // Only when the row is out of view: scrolling to a row re-reads the page's layout in the
    // next frames, which after a click (focus lands on the clicked row) is the frame that
    // draws the article being opened.
    if (!rowInView(next)) virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  useImperativeHandle(handleRef, () => ({
    focusFirst: () => {
      scrollRef.current?.focus();
      moveTo(0);
    },
  }));

  const open = (article: ArticleSummary, index: number) => {
    setActiveIndex(index);
    onOpen(article.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    switch (event.key) {
      case 'ArrowDown':
        moveTo(activeIndex + 1);
        break;
      case 'ArrowUp':
        if (activeIndex <= 0) onLeaveTop();
        else moveTo(activeIndex - 1);
        break;
      case 'PageDown':
        moveTo(activeIndex + pageRows);
        break;
      case 'PageUp':
        moveTo(activeIndex - pageRows);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(total - 1);
        break;
      case 'Enter':
      case ' ': {
        const article = pages.itemAt(activeIndex);
        if (article !== undefined) open(article, activeIndex);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  const onFocus = () => {
    if (activeIndex >= 0 || total === 0) return;
    // Start where the reader is: the open article if it is loaded, else the top.
    let start = 0;
    for (const item of virtualItems) {
      if (pages.itemAt(item.index)?.id === openArticleId) start = item.index;
    }
    moveTo(start);
  };

  const optionId = (index: number) => `${id}-option-${index}`;

  return (
    <div
      ref={scrollRef}
      id={id}
      className="article-list"
      role="listbox"
      tabIndex={0}
      aria-labelledby={labelledBy}
      aria-activedescendant={activeIndex >= 0 && activeIndex < total ? optionId(activeIndex) : undefined}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div className="article-list__canvas" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualItems.map((item) => {
          const article = pages.itemAt(item.index);
          return (
            <ArticleListRow
              key={item.key}
              article={article}
              optionId={optionId(item.index)}
              index={item.index}
              setSize={total}
              isActive={item.index === activeIndex}
              isOpen={article !== undefined && article.id === openArticleId}
              now={now}
              top={item.start}
              onOpen={open}
            />
          );
        })}
      </div>
    </div>
  );
}
