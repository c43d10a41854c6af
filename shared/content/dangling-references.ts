import type { ArticleBody } from './body';
import { scanBody } from './scan';

/**
 * What an import says of the bracketed references (`[8]`) that found no note: they stay in
 * the text as markers. One wording for the app's notice and `galley import`, so that a
 * newsroom reads the same sentence wherever it imports; null when there are none.
 */
export function danglingReferencesNotice(body: ArticleBody): string | null {
  const count = danglingReferenceCount(body);
  if (count === 0) return null;
  return count === 1 ? 'One reference has no note; it is marked in the text.' : `${count} references have no note; they are marked in the text.`;
}

/** The reference markers left in an imported body: each is a reference whose note was not found. */
export const danglingReferenceCount = (body: ArticleBody): number => scanBody(body).markers.length;
