import type { Finding } from '../../shared/checks/finding';

/**
 * A finding in words for the person reading a workflow dialog. One place, so that the
 * checks' own words-for-codes labels can take over here alone.
 */
export const findingWords = (finding: Finding): string => finding.message;
