import { randomUUID } from 'node:crypto';
import { emptyMeta } from '../../../shared/domain/article';
import type { OutgoingArticle } from '../../../electron/publishing/targets/target';
import { bodyOf } from '../../support/bodies';
import { footnote, heading, para, source } from '../../unit/checks/source-fixtures';
import { createRandom } from '../data/random';

/**
 * Approved articles as the outbox hands them to a target: about 600 words in eight
 * paragraphs with a heading and three footnotes (one naming a source), no images (an
 * upload would measure Ghost's image processing, not Galley).
 */

const WORDS = 'harbour board council budget fees visiting boats market saturday quay ferry tide pier licence inspector report vote minutes season'.split(' ');

export function benchArticles(count: number, run: string, seed = 7): OutgoingArticle[] {
  const random = createRandom(seed);
  const sentence = () => {
    const words = Array.from({ length: random.int(12, 21) }, () => random.pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const paragraph = () => Array.from({ length: 5 }, sentence).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const report = source({ title: `Board minutes ${i}`, url: `https://harbour.example.org/minutes/${i}`, publisher: 'Harbour Board' });
    const body = bodyOf(
      para(paragraph(), footnote('From the board minutes.', [report.id]), '.'),
      para(paragraph()),
      para(paragraph(), footnote('Figures rounded.'), '.'),
      heading('What happens next'),
      para(paragraph()),
      para(paragraph(), footnote('The vote was eight to three.'), '.'),
      para(paragraph()),
      para(paragraph()),
      para(paragraph()),
    );
    const articleId = randomUUID();
    return {
      articleId,
      key: articleId,
      revisionId: randomUUID(),
      revisionNumber: 1,
      meta: {
        ...emptyMeta(),
        headline: `Harbour story ${run} ${i}`,
        dek: `What the board decided (${i}).`,
        bylines: ['Bench Desk'],
        section: 'Local News',
        tags: ['Harbour', `Batch ${i % 5}`],
        slug: `harbour-story-${run}-${i}`,
      },
      body,
      sources: [report],
      images: [],
      featureImageAssetId: null,
      publishAt: null,
      firstPublishedAt: null,
      correctionNote: null,
    };
  });
}
