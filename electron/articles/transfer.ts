import type { ArticleService } from './service';
import type { Article } from '../../shared/domain/article';
import type { ExportFormat } from '../../shared/contract/channels/articles';
import type { Session } from '../../shared/domain/session';
import { GalleyError } from '../../shared/contract/errors';
import { convertPaste, importDocument, importFile, ImportError, type ImportContent, type ImportFormat } from '../importers/index';
import type { ArticleBody } from '../../shared/content/body';
import { renderHtml } from '../../shared/content/render/html';
import { renderMarkdown } from '../../shared/content/render/markdown';
import { renderPlainText } from '../../shared/content/render/text';
import { renderJsonLd, type JsonLdClaims } from '../../shared/content/render/jsonld';
import { claimReviews } from '../../shared/content/render/claim-review';
import { stripMarks } from '../../shared/content/marks';
import type { Source } from '../../shared/domain/source';
import { createRedactor, type Redactor } from '../../shared/sources/redaction';
import { resolveFigures, type FigureImageResolver } from '../../shared/content/render/figure';
import { articleUri, figureNinjsImages, renderNinjs, type NinjsArticle } from '../../shared/content/render/ninjs';

export interface ExportedFile {
  fileName: string;
  mediaType: string;
  content: string;
  /** What the reader of the file should know and the file cannot say (printed by the command line). */
  note?: string;
}

/** Fact-check consumers want a review's url: say why it has none rather than leave it silently out. */
export const NO_REVIEW_URL_NOTE =
  'The ClaimReview has no url: the article is not published on the web yet. Export it again once it is published, and each review carries the article’s address.';

const reviewsWithoutUrl = (format: ExportFormat, factChecks: JsonLdClaims | undefined): boolean =>
  format === 'jsonld' && factChecks !== undefined && !factChecks.url && claimReviews(factChecks.claims, { outletName: '', headline: '' }).length > 0;

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

/** Sources by id, for the renderers that link citations to them. */
const byId = (sources: readonly Source[]): ReadonlyMap<string, Source> => new Map(sources.map((source) => [source.id, source]));

/** The article (already redacted) in one format. */
function render(article: Article, format: ExportFormat, sources: readonly Source[], factChecks?: JsonLdClaims): ExportedFile {
  const name = baseName(article);
  switch (format) {
    case 'html':
      return { fileName: `${name}.html`, mediaType: 'text/html; charset=utf-8', content: renderHtml(article, { sources: byId(sources) }) };
    case 'md':
      return { fileName: `${name}.md`, mediaType: 'text/markdown; charset=utf-8', content: renderMarkdown(article, { sources: byId(sources) }) };
    case 'txt':
      return { fileName: `${name}.txt`, mediaType: 'text/plain; charset=utf-8', content: renderPlainText(article) };
    case 'json':
      return {
        fileName: `${name}.galley.json`,
        mediaType: 'application/json',
        content: `${JSON.stringify({ format: 'galley.article', formatVersion: 1, article }, null, 2)}\n`,
      };
    case 'jsonld':
      return { fileName: `${name}.jsonld`, mediaType: 'application/ld+json', content: renderJsonLd(article, sources, factChecks) };
    case 'ninjs':
      return { fileName: `${name}.ninjs.json`, mediaType: 'application/json', content: renderNinjs(exportNinjs(article, sources)) };
  }
}

/** The working copy as ninjs: its save count is the version, its last save the version's time. */
function exportNinjs(article: Article, sources: readonly Source[]): NinjsArticle {
  return {
    uri: articleUri(article.id),
    meta: article.meta,
    body: article.body,
    sources: byId(sources),
    revisionNumber: article.version,
    firstCreated: article.createdAt,
    versionCreated: article.updatedAt,
    images: figureNinjsImages(article.body),
    correctionNote: null,
  };
}

/** What an export of one article may name, and what it must hide (electron/sources/records). */
export type ExportContext = (articleId: string) => { sources: Source[]; redactor: Redactor; factChecks?: JsonLdClaims };

const NOTHING_TO_HIDE: ExportContext = () => ({ sources: [], redactor: createRedactor([]) });

/**
 * Import and export: files in, articles out, through the same validation as any save.
 * Every export passes through the redactor twice: the article before it is rendered (so a
 * renderer never sees a confidential name) and the rendered file (so no renderer can
 * reintroduce one, e.g. by escaping it differently).
 */
export function transferService({
  articles,
  exportContext = NOTHING_TO_HIDE,
  figureImages,
}: {
  articles: ArticleService;
  exportContext?: ExportContext;
  /** The asset library's answer for each figure (its image's address and credit line); without it figures carry their own credit only. */
  figureImages?: FigureImageResolver;
}) {
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

    /** Any supported file, text or binary (a .docx arrives as bytes). */
    async importDocument(session: Session, fileName: string, content: ImportContent, format?: ImportFormat): Promise<Article> {
      let imported;
      try {
        imported = await importDocument(fileName, content, format);
      } catch (error) {
        if (error instanceof ImportError) throw new GalleyError('BAD_INPUT', error.message);
        throw error;
      }
      return articles.create(session, imported.meta, imported.body);
    },

    /** HTML pasted into an article's body, converted as an import would be. */
    convertPaste(html: string): { body: ArticleBody; warnings: string[] } {
      try {
        return convertPaste(html);
      } catch (error) {
        if (error instanceof ImportError) throw new GalleyError('BAD_INPUT', error.message);
        throw error;
      }
    },

    exportArticle(id: string, format: ExportFormat): ExportedFile {
      const { sources, redactor, factChecks } = exportContext(id);
      // Comment and claim marks are Galley's own annotations: no file leaves with them (their ids) in it.
      const found = articles.get(id);
      const stored = { ...found, body: stripMarks(found.body) };
      // The JSON export is the stored article itself; the others print figures with what the library knows of their images.
      const article = figureImages === undefined || format === 'json' ? stored : { ...stored, body: resolveFigures(stored.body, figureImages) };
      const file = render(redactor.json(article), format, sources.map((source) => redactor.source(source)), factChecks);
      return { ...file, content: redactor.text(file.content), ...(reviewsWithoutUrl(format, factChecks) ? { note: NO_REVIEW_URL_NOTE } : {}) };
    },
  };
}
