import type { ArticleService } from './service';
import type { Article } from '../../shared/domain/article';
import type { ExportFormat } from '../../shared/contract/channels';
import type { Session } from '../../shared/domain/session';
import { GalleyError } from '../../shared/contract/errors';
import { importFile, ImportError, type ImportFormat } from '../importers/index';
import { renderHtml } from '../../shared/content/render/html';
import { renderMarkdown } from '../../shared/content/render/markdown';
import { renderPlainText } from '../../shared/content/render/text';

export interface ExportedFile {
  fileName: string;
  mediaType: string;
  content: string;
}

export type TransferService = ReturnType<typeof transferService>;

function baseName(article: Article): string {
  const fromHeadline = article.meta.headline
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return article.meta.slug || fromHeadline || `article-${article.id.slice(0, 8)}`;
}

/** Import and export: files in, articles out, through the same validation as any save. */
export function transferService({ articles }: { articles: ArticleService }) {
  return {
    importText(session: Session, fileName: string, text: string, format?: ImportFormat): Article {
      let imported;
      try {
        imported = importFile(fileName, text, format);
      } catch (error) {
        if (error instanceof ImportError) throw new GalleyError('BAD_INPUT', error.message);
        throw error;
      }
      return articles.create(session, imported.meta, imported.body);
    },

    exportArticle(id: string, format: ExportFormat): ExportedFile {
      const article = articles.get(id);
      const name = baseName(article);
      switch (format) {
        case 'html':
          return { fileName: `${name}.html`, mediaType: 'text/html; charset=utf-8', content: renderHtml(article) };
        case 'md':
          return { fileName: `${name}.md`, mediaType: 'text/markdown; charset=utf-8', content: renderMarkdown(article) };
        case 'txt':
          return { fileName: `${name}.txt`, mediaType: 'text/plain; charset=utf-8', content: renderPlainText(article) };
        case 'json':
          return {
            fileName: `${name}.galley.json`,
            mediaType: 'application/json',
            content: `${JSON.stringify({ format: 'galley.article', formatVersion: 1, article }, null, 2)}\n`,
          };
      }
    },
  };
}
