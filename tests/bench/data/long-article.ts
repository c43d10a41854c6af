import type { ArticleBody } from '../../../shared/content/body';
import { NewsGenerator } from './corpus';
import { bodyOfBlocks, bulletList, heading, link, paragraph, quote, text, TEXT_BOLD, TEXT_ITALIC, type SerializedBlock } from './lexical-json';
import { createRandom, type Random } from './random';
import { headline, sentence } from './sentences';

/** The long read every editor benchmark opens: ~20,000 words in the shapes Galley's body supports. */
export interface LongArticle {
  headline: string;
  body: ArticleBody;
  /** Words as whitespace-separated runs (Galley's own count is reported by the save bench). */
  words: number;
  blocks: number;
  /** The text of the last block: when it is on screen, the whole document has been rendered. */
  lastBlockText: string;
  /** The index of a plain paragraph near the middle: where the typing benchmarks type. */
  middleParagraph: number;
}

const CLOSING_LINE = 'Reporting by the Galley benchmark desk; this is the last paragraph of the long read.';
const countWords = (value: string) => value.split(/\s+/).filter(Boolean).length;

/**
 * A paragraph with, now and then, a bold lead-in, an italic passage or a link, as edited
 * copy has. Adjacent plain runs are one text node, as Lexical itself would keep them.
 */
function richParagraph(sentences: string[], place: string, random: Random): { block: SerializedBlock; plain: boolean } {
  const whole = sentences.join(' ');
  const at = place === '' ? -1 : whole.indexOf(place);
  const roll = random.next();
  if (roll < 0.12) {
    const words = whole.split(' ');
    return { block: paragraph([text(words.slice(0, 3).join(' '), TEXT_BOLD), text(' ' + words.slice(3).join(' '))]), plain: false };
  }
  if (roll < 0.35 && at > 0) {
    const url = `https://news.example.org/places/${encodeURIComponent(place.toLowerCase())}`;
    const after = whole.slice(at + place.length);
    const children: unknown[] = [text(whole.slice(0, at)), link(url, place)];
    if (after !== '') children.push(text(after));
    return { block: paragraph(children), plain: false };
  }
  if (roll < 0.42 && sentences.length > 1) {
    const [first = '', ...rest] = sentences;
    return { block: paragraph([text(first + ' '), text(rest.join(' '), TEXT_ITALIC)]), plain: false };
  }
  return { block: paragraph([text(whole)]), plain: true };
}

export function generateLongArticle(targetWords = 20_000, seed = 'galley-bench:long-read'): LongArticle {
  const generator = new NewsGenerator(seed);
  const random = createRandom(seed);
  const blocks: SerializedBlock[] = [];
  const plainParagraphs: number[] = [];
  let words = 0;
  let part = 0;
  const add = (block: SerializedBlock, blockText: string) => {
    blocks.push(block);
    words += countWords(blockText);
  };

  while (words < targetWords) {
    // Each part of the long read follows new people and places, as a long investigation does.
    const cast = generator.cast(random.fork(`part:${part}`));
    part += 1;
    const title = headline(random, cast);
    add(heading(part % 4 === 0 ? 'h3' : 'h2', title), title);
    for (let p = random.int(8, 14); p > 0 && words < targetWords; p -= 1) {
      const sentences: string[] = [];
      for (let s = random.int(3, 6); s > 0; s -= 1) sentences.push(sentence(random, cast));
      const { block, plain } = richParagraph(sentences, cast.places[0] ?? '', random);
      if (plain) plainParagraphs.push(blocks.length);
      add(block, sentences.join(' '));
    }
    if (part % 3 === 0) {
      const items = [sentence(random, cast), sentence(random, cast), sentence(random, cast)];
      add(bulletList(items), items.join(' '));
    }
    if (part % 5 === 0) {
      const quoted = sentence(random, cast);
      add(quote(quoted), quoted);
    }
  }
  add(paragraph([text(CLOSING_LINE)]), CLOSING_LINE);

  const middleParagraph = plainParagraphs.find((index) => index >= blocks.length / 2) ?? 0;
  return {
    headline: 'The long read: a year inside the budget, the floods and the vote',
    body: bodyOfBlocks(blocks),
    words,
    blocks: blocks.length,
    lastBlockText: CLOSING_LINE,
    middleParagraph,
  };
}
