import { renderHtml } from '../../../shared/content/render/html';
import { articleJsonLd, jsonLdDocument, scriptSafeJson } from '../../../shared/content/render/jsonld';
import { escapeHtml } from '../../../shared/content/render/escape-html';
import { articleNinjs, articleUri, type NinjsImage } from '../../../shared/content/render/ninjs';
import type { Source } from '../../../shared/domain/source';
import type { FolderEntry } from './folder-files';
import type { OutgoingArticle } from './target';

/** What the folder target writes for one article: the page, its ninjs and its JSON-LD. */
export interface FolderFiles {
  html: string;
  ninjs: string;
  jsonLd: string;
}

const sourceMap = (sources: readonly Source[]) => new Map(sources.map((source) => [source.id, source]));
export { articleUri };

/** Where a receiver of the ninjs finds an image: an absolute URL, or null when the image was sent nowhere. */
export type ImageHref = (fileName: string) => string | null;

export function ninjsImages(article: OutgoingArticle, hrefOf: ImageHref): NinjsImage[] {
  return article.images.map((image) => ({
    assetId: image.assetId,
    href: hrefOf(image.fileName),
    mediaType: image.mediaType,
    width: null,
    height: null,
    alt: image.alt,
    caption: image.caption,
    credit: image.credit,
    rights: image.rights,
  }));
}

/** The ninjs for an outgoing article (shared with the webhook). */
export function outgoingNinjs(article: OutgoingArticle, at: string, hrefOf: ImageHref): string {
  const ninjs = articleNinjs({
    uri: articleUri(article.articleId),
    meta: article.meta,
    body: article.body,
    sources: sourceMap(article.sources),
    revisionNumber: article.revisionNumber,
    firstCreated: article.firstPublishedAt ?? at,
    versionCreated: at,
    images: ninjsImages(article, hrefOf),
    correctionNote: article.correctionNote,
  });
  const text = `${JSON.stringify(ninjs, null, 2)}\n`;
  return article.redactText ? article.redactText(text) : text;
}

/**
 * `text` put in place of the first `marker`. A function replacement: a string one would read
 * `$&`, `$'` and the like in a headline or note as patterns and copy parts of the page.
 */
const replaceFirst = (page: string, marker: string, text: string): string => page.replace(marker, () => text);

/** `imageHref` is where the folder put each image (a file URL: the folder has no web address). */
export function folderFiles(article: OutgoingArticle, at: string, imageHref: ImageHref): FolderFiles {
  const redact = article.redactText ?? ((text: string) => text);
  const news = articleJsonLd({ meta: article.meta, body: article.body, updatedAt: at }, article.sources);
  const datePublished = article.firstPublishedAt ?? at;
  news.datePublished = datePublished;
  // The reviews are published on the page: its address relative to the page and the .jsonld beside it.
  const factChecks = article.factChecks == null ? undefined : { ...article.factChecks, url: `${article.meta.slug}.html`, datePublished };
  const jsonLdText = scriptSafeJson(jsonLdDocument(news, article.meta.headline, factChecks));
  let page = renderHtml({ meta: article.meta, body: article.body }, { sources: sourceMap(article.sources) });
  page = replaceFirst(page, '</head>', `<script type="application/ld+json">\n${jsonLdText}</script>\n</head>`);
  const note = article.correctionNote?.trim() ?? '';
  if (note !== '') {
    const aside = `<aside class="correction" role="note"><strong>Correction:</strong> ${escapeHtml(note)}</aside>`;
    page = page.includes('</header>') ? replaceFirst(page, '</header>', `</header>\n${aside}`) : replaceFirst(page, '<article>', `<article>\n${aside}`);
  }
  return { html: redact(page), ninjs: outgoingNinjs(article, at, imageHref), jsonLd: redact(jsonLdText) };
}

/** The folder's front page: every published article, newest first. */
export function indexPage(entries: readonly FolderEntry[]): string {
  const items = [...entries]
    .sort((a, b) => b.firstPublishedAt.localeCompare(a.firstPublishedAt))
    .map((entry) => {
      const dek = entry.dek.trim() === '' ? '' : `\n<p>${escapeHtml(entry.dek.trim())}</p>`;
      const date = entry.firstPublishedAt.slice(0, 10);
      return `<li>\n<a href="${escapeHtml(entry.slug)}.html">${escapeHtml(entry.headline)}</a> <time datetime="${escapeHtml(entry.firstPublishedAt)}">${date}</time>${dek}\n</li>`;
    });
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Published articles</title>',
    '<style>body{margin:0;padding:2rem 1rem;font:1.125rem/1.6 Georgia,serif;max-width:40rem;margin:0 auto}li{margin:0 0 1rem}time{color:#555;font-size:.9rem}</style>',
    '</head>',
    '<body>',
    '<h1>Published articles</h1>',
    items.length === 0 ? '<p>Nothing is published here yet.</p>' : `<ol reversed>\n${items.join('\n')}\n</ol>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
