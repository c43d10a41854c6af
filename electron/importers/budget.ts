import type { ArticleBody } from '../../shared/content/body';
import { buildBody } from '../../shared/content/build';
import type { Block, Inline, ListBlock } from '../../shared/content/render/tree';
import { ImportError } from './errors';

/**
 * The most parts (paragraphs, list items, text runs, links, line breaks) an imported body
 * may have. A 20,000-word long read has a few thousand; a file that would need more is not
 * one article, and building and checking a Lexical document of that size takes seconds
 * per hundred thousand parts and gigabytes of memory.
 */
export const MAX_IMPORT_PARTS = 200_000;

/**
 * Counts parts as an importer creates them and stops the import as soon as there are too
 * many, before the slow and memory-hungry later stages run. `allowance` scales the limit for
 * stages that create several intermediate nodes per part of the body (HTML elements).
 */
export class PartBudget {
  private spent = 0;

  constructor(
    private readonly fileName: string,
    private readonly allowance = 1,
  ) {}

  /** For a later stage that counts differently: a fresh count against a scaled limit. */
  forStage(allowance: number): PartBudget {
    return new PartBudget(this.fileName, allowance);
  }

  spend(parts = 1): void {
    this.spent += parts;
    if (this.spent > MAX_IMPORT_PARTS * this.allowance) {
      throw new ImportError(
        `"${this.fileName}" is too large to import as one article: it has more than ${MAX_IMPORT_PARTS.toLocaleString('en')} paragraphs, list items, links and other parts. Split it into smaller files.`,
      );
    }
  }
}

/** How many parts a body tree has: blocks, list items, text runs, breaks and links. */
export function countParts(blocks: readonly Block[]): number {
  let count = 0;
  const inlines: Inline[][] = [];
  const lists: ListBlock[] = [];
  for (const block of blocks) {
    count += 1;
    if (block.kind === 'list') lists.push(block);
    else if (block.kind !== 'figure') inlines.push(block.children);
  }
  for (let list = lists.pop(); list !== undefined; list = lists.pop()) {
    for (const item of list.items) {
      count += 1;
      inlines.push(item.children);
      for (const nested of item.lists) {
        count += 1;
        lists.push(nested);
      }
    }
  }
  for (let run = inlines.pop(); run !== undefined; run = inlines.pop()) {
    for (const inline of run) {
      count += 1;
      if (inline.kind === 'link' || inline.kind === 'citation') inlines.push(inline.children);
    }
  }
  return count;
}

/** The body for an imported tree, refused with a clear message if it has too many parts. */
export function importedBody(blocks: readonly Block[], budget: PartBudget): ArticleBody {
  budget.forStage(1).spend(countParts(blocks));
  return buildBody(blocks);
}
