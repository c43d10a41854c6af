import { WorkflowStateSchema } from '../../../shared/domain/article';
import { IdSchema } from '../../../shared/domain/ids';
import type { HubArticle, HubStore } from '../hub-store';
import type { PostgresConnection } from './connection';
import { parseOrThrow } from '../../validate';

type ArticleMethods = Pick<HubStore, 'createArticle' | 'findArticle'>;

interface ArticleRow {
  id: string;
  author_id: string;
  state: string;
  holder_id: string | null;
  approved_hash: string | null;
  approved_state_vector: Buffer | null;
  created_at: Date;
  updated_at: Date;
}

const ARTICLE_COLUMNS = 'id, author_id, state, holder_id, approved_hash, approved_state_vector, created_at, updated_at';

function toArticle(row: ArticleRow): HubArticle {
  return {
    id: row.id,
    authorId: row.author_id,
    state: WorkflowStateSchema.parse(row.state),
    holderId: row.holder_id,
    approvedHash: row.approved_hash,
    // A plain Uint8Array, like the embedded store's, whatever the driver hands back.
    approvedStateVector: row.approved_state_vector === null ? null : new Uint8Array(row.approved_state_vector),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function postgresArticles(db: PostgresConnection): ArticleMethods {
  return {
    async createArticle(article) {
      const id = parseOrThrow(IdSchema, article.id, 'article id');
      const rows = await db.query<ArticleRow>(
        `adding the article ${id}`,
        `INSERT INTO articles (id, author_id) VALUES ($1, $2) RETURNING ${ARTICLE_COLUMNS}`,
        [id, article.authorId],
        {
          articles_pkey: { code: 'CONFLICT', message: `There is already an article with the id ${id}.` },
          articles_author_id_fkey: { code: 'NOT_FOUND', message: `There is no user ${article.authorId} to write article ${id}.` },
        },
      );
      return toArticle(rows[0]!);
    },

    async findArticle(id) {
      // A malformed id belongs to no article, and must not reach the query as anything else.
      if (!IdSchema.safeParse(id).success) return null;
      const rows = await db.query<ArticleRow>('looking up an article', `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
      return rows[0] ? toArticle(rows[0]) : null;
    },
  };
}
