import { WorkflowStateSchema } from '../../../shared/domain/article';
import { IdSchema } from '../../../shared/domain/ids';
import type { HubArticle, HubStore } from '../hub-store';
import { GalleyError } from '../../../shared/contract/errors';
import { stepEntry } from '../audit-link';
import { appendAudit } from './audit';
import { chainedFromColumns, type ChainedColumns } from '../../../shared/node/hash-chain';
import type { PostgresConnection } from './connection';
import { parseOrThrow } from '../../validate';

type ArticleMethods = Pick<HubStore, 'createArticle' | 'findArticle' | 'recordStep' | 'listAudit'>;

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

    async recordStep(step) {
      const { from, to } = step;
      return db.transaction(`moving article ${step.articleId} to ${to.state}`, async (client) => {
        const moved = await client.query<ArticleRow>(
          `UPDATE articles SET state = $2, holder_id = $3, approved_hash = $4, approved_state_vector = $5, updated_at = now()
           WHERE id = $1 AND state = $6 AND holder_id IS NOT DISTINCT FROM $7 RETURNING ${ARTICLE_COLUMNS}`,
          [step.articleId, to.state, to.holderId, to.approvedHash, to.approvedStateVector, from.state, from.holderId],
        );
        if (moved.rows.length === 0) {
          const known = await client.query('SELECT 1 FROM articles WHERE id = $1', [step.articleId]);
          if (known.rows.length === 0) throw new GalleyError('NOT_FOUND', `There is no article ${step.articleId}.`);
          throw new GalleyError('CONFLICT', `Article ${step.articleId} has moved on since this step was decided; nothing was changed.`);
        }
        await appendAudit(client, stepEntry(step));
        return toArticle(moved.rows[0]!);
      });
    },

    async listAudit() {
      const rows = await db.query<ChainedColumns>('reading the audit chain', 'SELECT * FROM audit_entries ORDER BY seq');
      return rows.map(chainedFromColumns);
    },
  };
}
