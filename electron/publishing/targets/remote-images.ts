import type { ArticleBody } from '../../../shared/content/body';
import { RESOLVED_KEY } from '../../../shared/content/render/figure';
import { renderBodyHtml } from '../../../shared/content/render/html';
import { textDirection } from '../../../shared/content/render/direction';
import type { OutgoingArticle } from './target';
import { isObject } from '../../../shared/json/narrow';

/**
 * The body with each figure's image pointing where a backend keeps it (`urls`: asset id →
 * the address the upload returned) instead of the folder-relative `images/…`. For targets
 * that upload images (Ghost, WordPress) before they send the post's HTML.
 */
export function bodyWithImageUrls(body: ArticleBody, urls: Readonly<Record<string, string>>): ArticleBody {
  const children = body.editorState.root.children.map((node) => {
    if (!isObject(node) || typeof node.assetId !== 'string' || !isObject(node[RESOLVED_KEY])) return node;
    const url = urls[node.assetId];
    return url === undefined ? node : { ...node, [RESOLVED_KEY]: { ...node[RESOLVED_KEY], src: url } };
  });
  return { ...body, editorState: { ...body.editorState, root: { ...body.editorState.root, children } } };
}

/** The article's body as HTML for a backend: footnotes, figure credits, images at `urls`, redacted. */
export function outgoingBodyHtml(article: OutgoingArticle, urls: Readonly<Record<string, string>> = {}): string {
  const sources = new Map(article.sources.map((source) => [source.id, source]));
  const html = renderBodyHtml(bodyWithImageUrls(article.body, urls), { direction: textDirection(article.meta.language), sources });
  return article.redactText ? article.redactText(html) : html;
}
