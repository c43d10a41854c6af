import type { Random } from './random';
import {
  ADJECTIVES,
  CONNECTIVES,
  HEADLINE_STATES,
  HEADLINE_VERBS,
  HOLDING_STATEMENTS,
  MONTHS,
  QUOTE_CLOSERS,
  QUOTE_OPENERS,
  REPORTING_VERBS,
  SOFT_VERBS,
  SOURCES,
  TIME_PHRASES,
  type SectionLexicon,
} from './lexicon';

export interface Person {
  given: string;
  surname: string;
  role: string;
}

/**
 * Who and what one story is about. Reusing the same cast across a story's sentences is
 * what makes a generated article read like one article (and makes its rare names
 * cluster in a few documents, as real names do).
 */
export interface StoryCast {
  section: SectionLexicon;
  people: readonly Person[];
  places: readonly string[];
  organisation: string;
  topic: string;
  issue: string;
}

const ORGANISATION_KINDS = ['Institute', 'Foundation', 'Trust', 'Group', 'Partners', 'Centre', 'Alliance', 'Council', 'Network', 'Society'];

export function inventOrganisation(random: Random, surname: string, place: string): string {
  return random.chance(0.5) ? `the ${place} ${random.pick(ORGANISATION_KINDS)}` : `the ${surname} ${random.pick(ORGANISATION_KINDS)}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const withoutArticle = (text: string) => text.replace(/^the /, '');
const plural = (noun: string) => (/(ch|sh|s|x)$/.test(noun) ? `${noun}es` : `${noun}s`);
const withArticle = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

/** A count a reporter would write: small numbers as they are, large ones rounded and grouped. */
export function newsNumber(random: Random): string {
  const magnitude = random.int(1, 5);
  const raw = Math.floor(10 ** magnitude * (1 + random.next() * 9));
  const rounded = magnitude > 2 ? Math.round(raw / 10 ** (magnitude - 2)) * 10 ** (magnitude - 2) : raw;
  // Grouped by hand: locale formatting would depend on the ICU data Node was built with.
  return String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function money(random: Random): string {
  const currency = random.pick(['$', '€', '£']);
  return random.chance(0.4) ? `${currency}${(random.int(11, 980) / 10).toFixed(1)}bn` : `${currency}${random.int(2, 950)}m`;
}

function person(random: Random, cast: StoryCast, full: boolean): string {
  const who = random.pick(cast.people);
  return full ? `${who.given} ${who.surname}, ${withArticle(who.role)} in ${random.pick(cast.places)},` : who.surname;
}

function institution(random: Random, cast: StoryCast): string {
  return random.chance(0.2) ? cast.organisation : random.pick(cast.section.institutions);
}

type Template = (random: Random, cast: StoryCast) => string;

const TEMPLATES: readonly Template[] = [
  (r, c) => `${capitalise(institution(r, c))} ${r.pick(SOFT_VERBS)} to ${r.pick(c.section.actions)} ${r.pick(TIME_PHRASES)}, ${person(r, c, false)} ${r.pick(REPORTING_VERBS)}.`,
  (r, c) => {
    const who = r.pick(c.people);
    return `“${r.pick(QUOTE_OPENERS)} ${r.pick(c.section.actions)} ${r.pick(QUOTE_CLOSERS)},” said ${who.given} ${who.surname}, ${withArticle(who.role)} at ${c.organisation}.`;
  },
  (r, c) => `According to ${r.pick(SOURCES)} ${r.pick(TIME_PHRASES)}, ${newsNumber(r)} ${r.pick(c.section.units)} in ${r.pick(c.places)} have been affected by ${r.chance(0.6) ? c.issue : r.pick(c.section.issues)}.`,
  (r, c) => `The ${r.pick(ADJECTIVES)} ${c.topic} has drawn criticism from ${plural(r.pick(c.section.roles))} in ${r.pick(c.places)}, who say it does little to address ${r.pick(c.section.issues)}.`,
  (r, c) => `${r.pick(CONNECTIVES)} ${institution(r, c)} has not said whether it will ${r.pick(c.section.actions)}.`,
  (r, c) => `${person(r, c, false)}, who has worked as ${withArticle(r.pick(c.section.roles))} for ${r.int(3, 31)} years, said the ${c.topic} was ${r.pick(ADJECTIVES)} but necessary.`,
  (r, c) => `The ${c.topic} is expected to cost ${money(r)}, ${r.pick(['more', 'less', 'far more', 'slightly less'])} than ${institution(r, c)} had estimated ${r.pick(TIME_PHRASES)}.`,
  (r, c) => `In ${r.pick(c.places)}, ${r.chance(0.5) ? c.issue : r.pick(c.section.issues)} remain the biggest concern, according to ${person(r, c, true).replace(/,$/, '')}.`,
  (r, c) => `${capitalise(r.pick(c.section.events))} ${r.pick(TIME_PHRASES)} prompted ${institution(r, c)} to ${r.pick(c.section.actions)}.`,
  (r, c) => `Since ${r.pick(c.section.events)}, more than ${newsNumber(r)} ${r.pick(c.section.units)} have been affected, ${r.pick(SOURCES)} showed.`,
  (r, c) => `${person(r, c, true)} ${r.pick(REPORTING_VERBS)} that ${r.pick(c.section.issues)} had made it harder to ${r.pick(c.section.actions)}.`,
  (r, c) => `The decision to ${r.pick(c.section.actions)} was taken at a meeting in ${r.pick(c.places)} ${r.pick(TIME_PHRASES)}, two people familiar with the discussions said.`,
  (r, c) => `It is the ${r.pick(['second', 'third', 'fourth', 'fifth'])} time in ${r.int(2, 12)} years that ${institution(r, c)} has been asked to ${r.pick(c.section.actions)}.`,
  (r, c) => `A spokesperson for ${c.organisation} declined to comment on ${r.pick(c.section.events)} but said it was ${r.pick(HOLDING_STATEMENTS)}.`,
  (r, c) => `${capitalise(newsNumber(r))} ${r.pick(c.section.units)} signed a petition calling on ${institution(r, c)} to ${r.pick(c.section.actions)}.`,
  (r, c) => `${person(r, c, false)} said ${institution(r, c)} had until ${r.int(1, 28)} ${r.pick(MONTHS)} to respond.`,
  (r, c) => `The ${r.pick(ADJECTIVES)} ${c.topic}, first proposed in ${r.int(2009, 2024)}, would affect about ${newsNumber(r)} ${r.pick(c.section.units)} across ${c.places.length > 1 ? `${c.places[0]} and ${c.places[1]}` : r.pick(c.places)}.`,
  (r, c) => `${r.pick(CONNECTIVES)} ${plural(r.pick(c.section.roles))} warned that ${c.issue} could worsen unless ${institution(r, c)} moved to ${r.pick(c.section.actions)}.`,
  (r, c) => `Turnout at ${r.pick(c.section.events)} was about ${r.int(12, 88)} per cent, ${r.pick(['down', 'up'])} from ${r.int(12, 88)} per cent ${r.pick(['a year earlier', 'at the last count', 'in ' + String(r.int(2015, 2024))])}.`,
  (r, c) => `${person(r, c, false)} ${r.pick(['described', 'dismissed', 'welcomed', 'defended'])} the ${c.topic} as ${withArticle(r.pick(ADJECTIVES))} step and ${r.pick(['called for', 'promised', 'ruled out'])} a review of ${r.pick(c.section.issues)}.`,
];

export function sentence(random: Random, cast: StoryCast): string {
  return random.pick(TEMPLATES)(random, cast);
}

const HEADLINES: readonly Template[] = [
  (r, c) => `${capitalise(withoutArticle(institution(r, c)))} to ${r.pick(c.section.actions)} after ${withoutArticle(r.pick(c.section.events))}`,
  (r, c) => `${r.pick(c.places)} ${r.pick(c.section.headlineNouns)} ${r.pick(HEADLINE_VERBS)} ${c.issue}`,
  (r, c) => `${r.pick(c.people).surname} says ${c.topic} is ‘${r.pick(ADJECTIVES)}’`,
  (r, c) => `${capitalise(c.topic)} ${r.pick(HEADLINE_STATES)} in ${r.pick(c.places)}`,
  (r, c) => `${capitalise(newsNumber(r))} ${r.pick(c.section.units)} caught up in ${withoutArticle(r.pick(c.section.events))}`,
  (r, c) => `What the ${c.topic} means for ${r.pick(c.places)}`,
];

export function headline(random: Random, cast: StoryCast): string {
  return random.pick(HEADLINES)(random, cast);
}

export function dek(random: Random, cast: StoryCast): string {
  return (
    `${capitalise(institution(random, cast))} ${random.pick(SOFT_VERBS)} to ${random.pick(cast.section.actions)}, ` +
    `but ${plural(random.pick(cast.section.roles))} in ${random.pick(cast.places)} say ${cast.issue} will not go away ${random.pick(TIME_PHRASES)}.`
  );
}
