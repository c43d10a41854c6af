import type { Check } from '../check';
import { scannedBody } from '../../content/scan';

/**
 * ARTICLE_UNSOURCED: the body states facts and cites nothing. "States facts" is read
 * from the surface of the text, as an editor skimming it would: a figure (a number other
 * than a bare year), a quotation of a few words, or (in English) an attribution verb such
 * as "said" or "according to".
 * Headings are not statements. A body with any citation, footnote or reference marker is
 * sourced (whether those point anywhere is SOURCE_DANGLING_REFERENCE's business).
 */

const NUMBER = /\p{Nd}+(?:[.,]\p{Nd}+)*(?:\s*(?:%|per ?cent))?/gu;
/** A year on its own ("in 2014", "the 2024 election") dates a statement; it is not a figure that needs a source. */
const YEAR = /^(?:18|19|20)\d\d$/;

function firstFigure(text: string): RegExpMatchArray | null {
  for (const match of text.matchAll(NUMBER)) if (!YEAR.test(match[0])) return match;
  return null;
}

const QUOTATION = /“[^”]{12,}”|"[^"\n]{12,}"|«[^»]{12,}»|„[^“”]{12,}[“”]/u;
const ATTRIBUTION_EN =
  /\b(?:said|says|told|according to|announced|reported|stated|claimed|confirmed|estimated|estimates|insisted|warned|denied|admitted)\b/iu;

function firstFact(text: string, english: boolean): { offset: number; length: number } | null {
  let best: { offset: number; length: number } | null = null;
  const matches = [firstFigure(text), QUOTATION.exec(text), english ? ATTRIBUTION_EN.exec(text) : null];
  for (const match of matches) {
    if (match === null || match.index === undefined) continue;
    if (best === null || match.index < best.offset) best = { offset: match.index, length: match[0].length };
  }
  return best;
}

export const checkUnsourcedArticle: Check = (article) => {
  const scan = scannedBody(article.body);
  if (scan.citations.length > 0 || scan.footnotes.length > 0 || scan.markers.length > 0) return [];
  const english = /^en(?:-|$)/i.test(article.meta.language);
  for (const block of scan.blocks) {
    if (block.type === 'heading') continue;
    const fact = firstFact(block.text, english);
    if (fact === null) continue;
    return [
      {
        code: 'ARTICLE_UNSOURCED',
        severity: 'warn',
        message:
          'The article states facts (numbers, quotations or attributions such as “said”) but cites no source. Attach its sources and cite them, or add footnotes.',
        location: { kind: 'text', block: block.index, offset: fact.offset, length: fact.length },
      },
    ];
  }
  return [];
};
