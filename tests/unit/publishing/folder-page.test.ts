import { describe, expect, it } from 'vitest';
import { folderFiles } from '../../../electron/publishing/targets/folder-page';
import type { OutgoingArticle } from '../../../electron/publishing/targets/target';
import { emptyMeta } from '../../../shared/domain/article';
import { bodyOfParagraphs } from '../../support/bodies';

/** Every `String.replace` pattern: `$&` (the match), `` $` `` (before it), `$'` (after it), `$$`. */
const DOLLARS = "Prices up $& $` $' $$ 5";

function article(headline: string, correctionNote: string | null): OutgoingArticle {
  return {
    articleId: 'a1',
    key: 'a1',
    revisionId: 'r1',
    revisionNumber: 1,
    meta: { ...emptyMeta(), headline, slug: 'prices' },
    body: bodyOfParagraphs('The council voted.'),
    sources: [],
    images: [],
    featureImageAssetId: null,
    publishAt: null,
    firstPublishedAt: null,
    correctionNote,
  };
}

describe('the folder page', () => {
  it('prints `$` sequences in a headline and a correction note as they are typed', () => {
    const { html } = folderFiles(article(DOLLARS, `Was ${DOLLARS}`), '2026-03-01T09:00:00.000Z', () => null);
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/<\/head>/g)).toHaveLength(1);
    const script = /<script type="application\/ld\+json">\n([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect((JSON.parse(script) as { headline: string }).headline).toBe(DOLLARS);
    expect(html).toContain('<strong>Correction:</strong> Was Prices up $&amp; $` $&#39; $$ 5</aside>');
  });
});
