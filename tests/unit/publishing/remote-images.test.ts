import { describe, expect, it } from 'vitest';
import { resolveFigures } from '../../../shared/content/render/figure';
import { emptyMeta } from '../../../shared/domain/article';
import { outgoingBodyHtml } from '../../../electron/publishing/targets/remote-images';
import type { OutgoingArticle } from '../../../electron/publishing/targets/target';
import { ASSET_ID, bodyWith, figureJson } from '../images/helpers';

const resolved = resolveFigures(bodyWith(figureJson()), () => ({ src: `images/${ASSET_ID}.web.webp`, width: 800, height: 600, credit: [{ text: 'Photo: Jane Roe', href: null }], rights: null }));
const article = (redact?: (text: string) => string): OutgoingArticle => ({
  articleId: 'a',
  key: 'a',
  revisionId: 'r',
  revisionNumber: 1,
  meta: { ...emptyMeta(), headline: 'Harbour' },
  body: resolved,
  sources: [],
  images: [],
  featureImageAssetId: ASSET_ID,
  publishAt: null,
  firstPublishedAt: null,
  correctionNote: null,
  ...(redact ? { redactText: redact } : {}),
});

describe('the body HTML a backend receives', () => {
  it('points each figure at the address its upload returned, keeping alt text, caption and credit', () => {
    const html = outgoingBodyHtml(article(), { [ASSET_ID]: 'https://cms.example/content/images/harbour.webp' });
    expect(html).toContain('<img src="https://cms.example/content/images/harbour.webp" alt="Fishing boats moored in a calm harbour at sunrise" width="800" height="600">');
    expect(html).toContain('<figcaption>The harbour at dawn. <span class="credit">Photo: Jane Roe</span></figcaption>');
  });

  it('keeps the folder-relative address for an image not uploaded, and applies the redaction', () => {
    const html = outgoingBodyHtml(article((text) => text.replace(/Jane Roe/g, '[confidential source]')));
    expect(html).toContain(`src="images/${ASSET_ID}.web.webp"`);
    expect(html).not.toContain('Jane Roe');
  });
});
