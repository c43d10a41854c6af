import { join } from 'node:path';
import { openDatabase } from '../../../electron/db/connection';
import { DATABASE_FILE } from '../../../electron/services';
import type { ArticleBody } from '../../../shared/content/body';
import { scanBody } from '../../../shared/content/scan';
import { DEFAULT_STYLE_RULES } from '../../../shared/style/default-rules';
import { compileStyle, matchText } from '../../../shared/style/matcher';
import { StyleRulesSchema, type StyleRules } from '../../../shared/style/rules';

/**
 * The house style the typing benches run with: Galley's defaults plus a banned word the
 * generated text uses often, so the editor keeps a few hundred underlines up to date while
 * the keys are timed (the defaults alone find few matches in the generated prose).
 */
export const BENCH_HOUSE_STYLE: StyleRules = StyleRulesSchema.parse({
  ...DEFAULT_STYLE_RULES,
  bannedWords: [...DEFAULT_STYLE_RULES.bannedWords, { word: 'said', suggestion: 'says', reason: 'Benchmark rule: a frequent word.' }],
});

/** Writes the rule set into a new data directory's database before the host opens it (as an admin's save would). */
export function seedBenchHouseStyle(dataDir: string): void {
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  try {
    db.prepare('INSERT INTO style_rules (id, rules_json, updated_by, updated_at) VALUES (1, ?, ?, ?)').run(
      JSON.stringify(BENCH_HOUSE_STYLE),
      'bench',
      new Date().toISOString(),
    );
  } finally {
    db.close();
  }
}

/** How many house-style matches a body has under the bench rules (names counted whether or not mixed). */
export function houseStyleMatches(body: ArticleBody): number {
  const compiled = compileStyle(BENCH_HOUSE_STYLE);
  return scanBody(body).blocks.reduce((total, block) => total + matchText(compiled, block.text).length, 0);
}
