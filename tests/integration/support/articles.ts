import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { emptyMeta, type ArticleMeta } from '../../../shared/domain/article';
import type { OutgoingArticle, OutgoingImage } from '../../../electron/publishing/targets/target';
import { bodyOf } from '../../support/bodies';
import { confidentialInterview, footnote, heading, para, source } from '../../unit/checks/source-fixtures';

/**
 * Outgoing articles as the outbox hands them to a target: built from the project's body
 * helpers, with real JPEGs (test fixtures, not shipped) and one public and one confidential
 * source, so that a test can check what went out and what never may.
 */

// ../shared beside the checkout (reference material, there in CI too), wherever the checkout is.
const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/images', import.meta.url));

/** Counts how often a target actually read (to upload) each image. */
export type ReadCounter = Map<string, number>;

export function outgoingImage(file: string, fields: Pick<OutgoingImage, 'alt' | 'caption' | 'credit'>, reads?: ReadCounter): OutgoingImage {
  const assetId = randomUUID();
  return {
    assetId,
    fileName: file,
    mediaType: 'image/jpeg',
    read: async () => {
      reads?.set(assetId, (reads.get(assetId) ?? 0) + 1);
      return new Uint8Array(readFileSync(`${FIXTURES}/${file}`));
    },
    ...fields,
    rights: null,
  };
}

const figure = (image: OutgoingImage) => ({
  type: 'figure',
  version: 1,
  assetId: image.assetId,
  caption: image.caption,
  alt: image.alt,
  credit: '',
  crop: null,
  rotation: 0,
});

export interface ArticleFixture {
  article: OutgoingArticle;
  /** Named in a footnote as the public source. */
  publicSourceTitle: string;
  /** A confidential interviewee: must never appear on the backend. */
  confidentialName: string;
  reads: ReadCounter;
}

export interface ArticleOptions {
  /** A word that makes this article's text and slug unique on the shared backend. */
  tag: string;
  meta?: Partial<ArticleMeta>;
  /** Skip the images (faster fault tests). */
  images?: boolean;
  paragraph?: string;
}

export function articleFixture(options: ArticleOptions): ArticleFixture {
  const reads: ReadCounter = new Map();
  const withImages = options.images ?? true;
  const harbour = outgoingImage('door-knocker.jpg', { alt: 'A brass door knocker shaped like a lion', caption: 'The harbour master’s door.', credit: 'Photo: Jane Roe / Agency' }, reads);
  const market = outgoingImage('BonTonARTSTORplusIPTC.jpg', { alt: 'A shop front with a striped awning', caption: 'The market on Saturday.', credit: 'Photo: Sam Lee' }, reads);
  const images = withImages ? [harbour, market] : [];
  const budget = source({ title: `Harbour budget report ${options.tag}`, url: 'https://harbour.example.org/budget', publisher: 'Harbour Board' });
  const confidentialName = 'Quentin Whistleblower';
  const insider = confidentialInterview(confidentialName);
  const body = bodyOf(
    para(options.paragraph ?? `The harbour board approved the ${options.tag} budget on Tuesday`, footnote(`Figures from the board's annual report.`, [budget.id]), '.'),
    ...(withImages ? [figure(harbour)] : []),
    heading('What changes'),
    para('Fees rise by four per cent for visiting boats', footnote('An official confirmed the rise.', [insider.id]), '.'),
    ...(withImages ? [figure(market)] : []),
    para('The market stays open on Saturdays.'),
  );
  const meta: ArticleMeta = {
    ...emptyMeta(),
    headline: `Harbour budget passes ${options.tag}`,
    dek: `Fees rise for visiting boats (${options.tag}).`,
    bylines: ['Wren Writer', 'Ada Editor'],
    section: 'Local News',
    tags: ['Harbour', 'Budget'],
    slug: `harbour-budget-${options.tag}`,
    ...options.meta,
  };
  const articleId = randomUUID();
  return {
    article: {
      articleId,
      key: articleId,
      revisionId: randomUUID(),
      revisionNumber: 1,
      meta,
      body,
      sources: [budget, insider],
      images,
      featureImageAssetId: withImages ? harbour.assetId : null,
      publishAt: null,
      firstPublishedAt: null,
      correctionNote: null,
    },
    publicSourceTitle: budget.title,
    confidentialName,
    reads,
  };
}

/** The next revision of an article: new revision id and number, with changes. */
export function revise(article: OutgoingArticle, changes: Partial<OutgoingArticle>): OutgoingArticle {
  return { ...article, revisionId: randomUUID(), revisionNumber: article.revisionNumber + 1, ...changes };
}

/** A paragraph added at the end, for an update a reader would notice. */
export function withExtraParagraph(article: OutgoingArticle, text: string): OutgoingArticle {
  const root = article.body.editorState.root;
  return { ...article, body: { ...article.body, editorState: { ...article.body.editorState, root: { ...root, children: [...root.children, para(text)] } } } };
}
