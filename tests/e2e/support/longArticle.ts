import type { Page } from '@playwright/test';
import { bodyOfParagraphs } from '../../support/bodies';
import { rpc } from './rpc';

/** Sentences enough for an article taller than the window: `count` paragraphs of a few lines each. */
export const longParagraphs = (count: number): string[] =>
  Array.from(
    { length: count },
    (_, i) => `Paragraph ${i + 1}. The harbour authority said the new bridge would carry four lanes of traffic and a cycle path, and that work would start in the spring once the council had approved the final budget.`,
  );

/** An article with `paragraphs` as its body, written by whoever the page is signed in as, through the same /rpc the app uses. */
export async function seedArticle(page: Page, origin: string, headline: string, paragraphs: string[]): Promise<string> {
  const { id } = await rpc<{ id: string }>(page, origin, 'articles.create', { meta: { headline, section: 'City' } });
  await rpc(page, origin, 'articles.save', { id, baseVersion: 0, body: bodyOfParagraphs(...paragraphs) });
  return id;
}
