import type { Source } from '../domain/source';
import type { ImageCheckContext } from './images-context';
import type { ReviewRecords } from './review/records';
import type { StyleRules } from '../style/rules';

/**
 * What a check may know beyond the article itself: the newsroom's settings and, as checks
 * are added, the records they look at (sources, assets, claims). Fields are added here,
 * with defaults in DEFAULT_CHECK_CONTEXT, so existing callers keep working.
 */
export interface CheckContext {
  /** The outlet's headline limit, in characters. */
  headlineLimit: number;
  /** The sources attached to the article (the ones its citations and footnotes may cite). Default: none. */
  sources?: readonly Source[];
  /**
   * Library sources the body cites without their being attached (a citation pasted from
   * another article): still dangling, but the message can name them. Default: none.
   */
  unattachedSources?: readonly Source[];
  /**
   * Every confidential source in the newsroom's library: a name is exposed whether or not
   * the article attaches or cites its source. Default: none.
   */
  confidentialSources?: readonly Source[];
  /**
   * Looks up the per-article records above for the article being checked. The main process
   * sets it once (the records live in its database), so every caller of runChecks, the
   * Checks panel and the approval gate alike, checks against the same sources.
   */
  recordsFor?: (articleId: string) => ArticleRecords;
  /** The article's comments and claims, for the review checks (set through recordsFor). Default: none. */
  review?: ReviewRecords;
  /** The asset library's rights, the licence policy and the publication time, for the image checks. Default: no library. */
  images?: ImageCheckContext;
  /** The newsroom's house style, read on every run (an admin may change it). Default: Galley's default rules. */
  houseStyle?: () => StyleRules;
}

/** The records about one article that checks read besides the article itself. */
export interface ArticleRecords {
  sources: readonly Source[];
  unattachedSources: readonly Source[];
  /** Every confidential source in the library (the same for every article; read on every run). */
  confidentialSources?: readonly Source[];
  /** Its comments and claims (electron/review). Default: none. */
  review?: ReviewRecords;
}

export const DEFAULT_HEADLINE_LIMIT = 110;

export const DEFAULT_CHECK_CONTEXT: CheckContext = {
  headlineLimit: DEFAULT_HEADLINE_LIMIT,
};
