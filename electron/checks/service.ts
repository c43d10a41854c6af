import type { ArticleService } from '../articles/service';
import type { CheckContext } from '../../shared/checks/context';
import type { Finding } from '../../shared/checks/finding';
import { runChecks } from '../../shared/checks/registry';

export type ChecksService = ReturnType<typeof checksService>;

/** Runs the publish-readiness checks on an article's working copy (the copy an approval would bind to). */
export function checksService({ articles, context }: { articles: ArticleService; context: CheckContext }) {
  return {
    run(articleId: string): Finding[] {
      return runChecks(articles.get(articleId), context);
    },
  };
}
