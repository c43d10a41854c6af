import type { ArticleSummary } from '../../../shared/domain/article';
import { relativeTime } from '../../ui/format';
import { STATE_LABELS } from '../../common/stateLabels';

interface Props {
  article: ArticleSummary | undefined;
  optionId: string;
  index: number;
  setSize: number;
  isActive: boolean;
  isOpen: boolean;
  now: number;
  top: number;
  onOpen: (article: ArticleSummary, index: number) => void;
}

/** One row of the article list: headline, standfirst or matching passage, and where it stands. */
export function ArticleListRow({ article, optionId, index, setSize, isActive, isOpen, now, top, onOpen }: Props) {
  const className = ['article-row', isActive ? 'is-active' : '', isOpen ? 'is-open' : ''].filter(Boolean).join(' ');
  if (article === undefined) {
    return (
      <div
        id={optionId}
        role="option"
        aria-selected={isActive}
        aria-posinset={index + 1}
        aria-setsize={setSize}
        aria-busy="true"
        className={`${className} article-row--loading`}
        style={{ transform: `translateY(${top}px)` }}
      >
        <span className="skeleton skeleton--headline" />
        <span className="skeleton skeleton--line" />
        <span className="visually-hidden">Loading…</span>
      </div>
    );
  }
  const headline = article.headline.trim();
  const snippet = (article.snippet ?? '').trim();
  const summary = snippet || article.dek.trim();
  return (
    <div
      id={optionId}
      role="option"
      aria-selected={isActive}
      aria-current={isOpen ? 'true' : undefined}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={className}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onOpen(article, index)}
    >
      <span className={headline ? 'article-row__headline' : 'article-row__headline is-untitled'}>
        {headline || 'Untitled'}
      </span>
      <span className="article-row__summary">
        {snippet && article.snippetIn === 'note' ? <span className="article-row__where">In a note: </span> : null}
        {summary || '\u00a0'}
      </span>
      <span className="article-row__meta">
        <span className={`state-badge state-badge--${article.state}`}>{STATE_LABELS[article.state]}</span>
        {article.section ? <span className="article-row__section">{article.section}</span> : null}
        <time className="article-row__time" dateTime={article.updatedAt}>
          {relativeTime(article.updatedAt, now)}
        </time>
      </span>
    </div>
  );
}
