import { createRandom, type Random } from './random';

/**
 * Invented surnames and place names built from syllables. They read like names from many
 * languages, never collide with the real vocabulary, and there are tens of thousands of
 * them: the long tail of rare words a newsroom archive really has.
 */
const ONSETS = [
  'b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kh', 'l', 'm', 'n', 'p', 'pr',
  'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'y', 'z', 'zh', 'al', 'or', 'el', 'an', 'ib', 'os',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ei', 'ou', 'ia', 'ue'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'k', 'nd', 'rt', 'sk', 'v', 'th'];
const SURNAME_ENDINGS = [
  '', '', '', 'son', 'sen', 'ova', 'enko', 'ez', 'ini', 'elli', 'ard', 'ley', 'ton', 'berg', 'ovic', 'ani',
  'oglu', 'ski', 'ic', 'ado', 'ero', 'mann', 'well', 'ides', 'aki', 'uri',
];
const PLACE_ENDINGS = [
  'ford', 'bridge', 'ton', 'burg', 'vale', 'mouth', 'abad', 'grad', 'polis', 'haven', 'field', 'wick',
  'stad', 'dorf', 'pur', 'ville', 'port', 'holm', 'ia', 'ara', 'ino', 'esti',
];

function syllable(random: Random): string {
  return random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function uniqueNames(count: number, seed: string, make: (random: Random) => string): string[] {
  const random = createRandom(seed);
  const seen = new Set<string>();
  const names: string[] = [];
  while (names.length < count) {
    const name = capitalise(make(random));
    if (name.length < 4 || name.length > 14 || seen.has(name)) continue;
    seen.add(name);
    names.push(name);
  }
  return names;
}

export function inventSurnames(count: number): string[] {
  return uniqueNames(count, 'surnames', (random) => {
    const syllables = random.int(1, 2);
    let stem = '';
    for (let i = 0; i < syllables; i += 1) stem += syllable(random);
    return stem + random.pick(SURNAME_ENDINGS);
  });
}

export function inventPlaces(count: number): string[] {
  return uniqueNames(count, 'places', (random) => syllable(random) + random.pick(VOWELS.slice(0, 5)) + random.pick(PLACE_ENDINGS));
}

/** Given names stay a short real list: they repeat in any archive. */
export const GIVEN_NAMES = [
  'Amira', 'Ana', 'Anders', 'Aisha', 'Ben', 'Camille', 'Carlos', 'Chen', 'Chloe', 'Daniel', 'David', 'Elena',
  'Emeka', 'Fatima', 'Farid', 'Grace', 'Hana', 'Hassan', 'Ines', 'Ivan', 'James', 'Jia', 'Joao', 'Julia',
  'Kateryna', 'Kenji', 'Lars', 'Layla', 'Leila', 'Lucia', 'Malik', 'Maria', 'Marta', 'Mei', 'Miguel', 'Nadia',
  'Naledi', 'Niamh', 'Noah', 'Olga', 'Omar', 'Oscar', 'Pablo', 'Priya', 'Rahul', 'Rosa', 'Ruth', 'Sam',
  'Sara', 'Sofia', 'Tariq', 'Thomas', 'Tomasz', 'Usman', 'Valentina', 'Wei', 'Yusuf', 'Zainab', 'Zoe', 'Ayesha',
];
