import type { ArticleSummary } from '../../../shared/domain/article';

export const PAGE_SIZE = 100;

export type FetchArticlePage = (
  query: string,
  offset: number,
  limit: number,
) => Promise<{ items: ArticleSummary[]; total: number }>;

/**
 * The article list as pages of PAGE_SIZE fetched by offset on demand: the list knows the
 * total from the first page and asks only for the pages the reader scrolls to, so 100,000
 * articles cost what one screenful costs. A generation number drops answers that arrive
 * after the query changed or the list was refreshed.
 */
export class ArticlePageCache {
  private pages = new Map<number, ArticleSummary[]>();
  private loading = new Set<number>();
  private generation = 0;
  private query = '';
  private visiblePages: { first: number; last: number } = { first: 0, last: 0 };
  /** The rows shown belong to the previous query until the new query's first page arrives. */
  private stale = false;
  private previousQuery = '';
  total: number | null = null;
  error: string | null = null;

  constructor(
    private readonly fetchPage: FetchArticlePage,
    private readonly onChange: () => void,
  ) {}

  /** Starts a new search; the previous results stay on screen until the new ones arrive, so typing does not make the list blink. */
  setQuery(query: string): void {
    this.query = query;
    this.generation += 1;
    this.loading.clear();
    this.error = null;
    this.stale = this.total !== null;
    if (!this.stale) this.pages.clear();
    this.visiblePages = { first: 0, last: 0 };
    this.load(0);
    this.onChange();
  }

  /** The query whose results are shown (it lags the typed one while a search is on its way). */
  get shownQuery(): string {
    return this.stale ? this.previousQuery : this.query;
  }

  itemAt(index: number): ArticleSummary | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /** Makes sure the rows from `startIndex` to `endIndex` are loaded or loading. */
  ensureRange(startIndex: number, endIndex: number): void {
    const first = Math.floor(Math.max(0, startIndex) / PAGE_SIZE);
    const last = Math.floor(Math.max(0, endIndex) / PAGE_SIZE);
    this.visiblePages = { first, last };
    for (let page = first; page <= last; page += 1) {
      if (!this.pages.has(page) && !this.loading.has(page)) this.load(page);
    }
  }

  /**
   * Fetches the visible pages again (the list changed on the server) and forgets the others;
   * the rows on screen stay until their fresh copy arrives, so the list never blinks.
   */
  refresh(): void {
    this.generation += 1;
    this.loading.clear();
    const { first, last } = this.visiblePages;
    for (const page of [...this.pages.keys()]) {
      if (page < first || page > last) this.pages.delete(page);
    }
    for (let page = first; page <= last; page += 1) this.load(page);
  }

  private load(page: number): void {
    const generation = this.generation;
    this.loading.add(page);
    this.fetchPage(this.query, page * PAGE_SIZE, PAGE_SIZE).then(
      (result) => {
        if (generation !== this.generation) return;
        this.loading.delete(page);
        if (this.stale) {
          this.pages.clear();
          this.stale = false;
        }
        this.previousQuery = this.query;
        this.pages.set(page, result.items);
        this.total = result.total;
        this.error = null;
        // A list that shrank may leave pages past its end; they describe rows that are gone.
        const lastPage = Math.max(0, Math.ceil(result.total / PAGE_SIZE) - 1);
        for (const cached of [...this.pages.keys()]) if (cached > lastPage) this.pages.delete(cached);
        this.onChange();
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.loading.delete(page);
        this.error = error instanceof Error ? error.message : String(error);
        this.onChange();
      },
    );
  }
}
