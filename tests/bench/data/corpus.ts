import { GIVEN_NAMES, inventPlaces, inventSurnames } from './names';
import { SECTIONS } from './lexicon';
import { createRandom, zipfSampler, type Random } from './random';
import { dek, headline, inventOrganisation, sentence, type Person, type StoryCast } from './sentences';

/**
 * Bump when anything the generator produces changes: the cached search database is keyed
 * by it, so a stale cache is never measured.
 */
export const GENERATOR_VERSION = 1;

const SURNAME_POOL = 30_000;
const PLACE_POOL = 8_000;
// Slightly above 1: a handful of names in thousands of stories, most in a few.
const NAME_SKEW = 1.05;

export interface GeneratedArticle {
  headline: string;
  dek: string;
  section: string;
  bylines: string[];
  tags: string[];
  paragraphs: string[];
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Generates articles from one seed: the nth article is the same on every machine and every run. */
export class NewsGenerator {
  private readonly surnames = inventSurnames(SURNAME_POOL);
  private readonly places = inventPlaces(PLACE_POOL);
  private readonly drawSurname = zipfSampler(SURNAME_POOL, NAME_SKEW);
  private readonly drawPlace = zipfSampler(PLACE_POOL, NAME_SKEW);

  constructor(private readonly seed: string) {}

  /** A cast for one story (or one part of a long one). */
  cast(random: Random): StoryCast {
    const section = random.pick(SECTIONS);
    const people: Person[] = [];
    for (let i = random.int(2, 4); i > 0; i -= 1) {
      people.push({
        given: random.pick(GIVEN_NAMES),
        surname: this.surnames[this.drawSurname(random)] ?? 'Smith',
        role: random.pick(section.roles),
      });
    }
    const places = new Set<string>();
    for (let i = random.int(1, 3); i > 0; i -= 1) places.add(this.places[this.drawPlace(random)] ?? 'Riverton');
    const founder = this.surnames[this.drawSurname(random)] ?? 'Smith';
    return {
      section,
      people,
      places: [...places],
      organisation: inventOrganisation(random, founder, [...places][0] ?? 'Riverton'),
      topic: random.pick(section.topics),
      issue: random.pick(section.issues),
    };
  }

  /** Paragraphs of 2 to `maxSentences` sentences until the text reaches `words`. */
  paragraphs(random: Random, cast: StoryCast, words: number, maxSentences = 4): string[] {
    const paragraphs: string[] = [];
    let total = 0;
    while (total < words) {
      const sentences: string[] = [];
      for (let i = random.int(2, maxSentences); i > 0 && total < words; i -= 1) {
        const next = sentence(random, cast);
        sentences.push(next);
        total += countWords(next);
      }
      paragraphs.push(sentences.join(' '));
    }
    return paragraphs;
  }

  /** The nth short article of the search corpus: headline, dek and a 150–250-word body. */
  article(index: number): GeneratedArticle {
    const random = createRandom(`${this.seed}:article:${index}`);
    const cast = this.cast(random);
    return {
      headline: headline(random, cast),
      dek: dek(random, cast),
      section: cast.section.name,
      bylines: [`${random.pick(GIVEN_NAMES)} ${this.surnames[this.drawSurname(random)] ?? 'Smith'}`],
      tags: [cast.section.name.toLowerCase(), cast.topic],
      paragraphs: this.paragraphs(random, cast, random.int(150, 250)),
    };
  }
}
