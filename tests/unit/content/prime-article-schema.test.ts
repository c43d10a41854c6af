import { describe, expect, it } from 'vitest';
import { primeArticleSchema, SAMPLE_ARTICLE } from '../../../renderer/editor/session/primeArticleSchema';
import { ArticleSchema } from '../../../shared/domain/article';

describe('priming the article schema', () => {
  it('parses a valid sample, so every part of the schema is set up before the first open', () => {
    expect(primeArticleSchema()).toBe(true);
  });

  it('would not prime past a field the sample gets wrong', () => {
    // The guard above matters: a sample that fails stops zod early.
    expect(ArticleSchema.safeParse({ ...SAMPLE_ARTICLE, id: 'not-an-id' }).success).toBe(false);
  });
});
