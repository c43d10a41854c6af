import type { Migration } from './types';

/**
 * The words each claim verdict was given on. A claim's words are read from the body, and
 * they can change after a verdict (a desk chief corrects the sentence); a verdict then no
 * longer covers what the article says and must be given again. Verdicts recorded before
 * this step take the claim's quote from when it was marked, the words they were given on
 * unless the text has since changed (and then asking again is the safe answer).
 */
export const migration011: Migration = {
  version: 11,
  name: 'claim verdict words',
  up(db) {
    db.exec(`
      ALTER TABLE claim_checks ADD COLUMN quote TEXT NOT NULL DEFAULT '';
      UPDATE claim_checks SET quote = (SELECT quote FROM claims WHERE claims.seq = claim_checks.claim_seq);
    `);
  },
};
