import type Database from 'better-sqlite3';

/** What a person types into the search box, by kind, as the benchmark reports them. */
export type QueryKind = 'common word' | 'rare word' | 'two words' | 'prefix (as you type)';

export interface BenchQuery {
  kind: QueryKind;
  text: string;
}

/** Words in a large share of the corpus: the result set is big and must be sorted. */
const COMMON = ['said', 'council', 'minister', 'hospital', 'review', 'water'];
/** Words that appear together in some stories and apart in many others. */
const TWO_WORDS = ['interest rates', 'clinical trial', 'peace talks', 'bus routes', 'flood defence', 'transfer deadline'];
/** The first letters of a word, as sent while someone is still typing it. */
const PREFIXES = ['ho', 'cou', 'elec', 'vacc', 'tra', 'minis'];
const RARE_COUNT = 6;

/**
 * Rare words are found in the corpus itself (FTS5's vocabulary table, in the temp schema so
 * the database file is not touched): invented surnames and places that appear in only a
 * handful of articles. Chosen evenly through the alphabet, so the choice is the same on
 * every run over the same corpus.
 */
export function pickRareWords(db: Database.Database): string[] {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, 'articles_fts', 'row')");
  const candidates = db
    .prepare<[], { term: string }>(
      "SELECT term FROM temp.bench_vocab WHERE doc BETWEEN 3 AND 12 AND length(term) >= 7 AND term GLOB '[a-z]*' ORDER BY term",
    )
    .all()
    .map((r) => r.term);
  if (candidates.length < RARE_COUNT) throw new Error('the search corpus has too few rare words: is it complete?');
  const step = Math.floor(candidates.length / RARE_COUNT);
  return Array.from({ length: RARE_COUNT }, (_, i) => candidates[i * step + Math.floor(step / 2)] ?? '');
}

export function benchQueries(rareWords: readonly string[]): BenchQuery[] {
  return [
    ...COMMON.map((text) => ({ kind: 'common word' as const, text })),
    ...rareWords.map((text) => ({ kind: 'rare word' as const, text })),
    ...TWO_WORDS.map((text) => ({ kind: 'two words' as const, text })),
    ...PREFIXES.map((text) => ({ kind: 'prefix (as you type)' as const, text })),
  ];
}
