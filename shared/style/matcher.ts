import { AFTER_WORD, BEFORE_WORD, matchCase, phraseKey, phrasePattern, quotedSpans } from './boundaries';
import { matchNumbers, numberWord } from './numbers';
import type { StyleRules } from './rules';

/**
 * The house-style matcher: pure, for one paragraph's text at a time, so the editor can
 * re-check only the paragraphs that changed and the check can walk a stored body. Offsets
 * are UTF-16 code units of the text given (the location text of shared/content/text-location).
 */

export type StyleMatchRule = 'preferred' | 'banned' | 'number' | 'name';

export interface StyleMatch {
  rule: StyleMatchRule;
  offset: number;
  length: number;
  /** The words as written. */
  text: string;
  /** What the one-click fix writes instead, or null when there is no single right answer. */
  replacement: string | null;
  /** For a person: what is wrong and what house style wants. */
  message: string;
  /** For `name` matches: which name group, and which of its spellings this is (as the rule spells it). */
  nameGroup?: number;
  spelling?: string;
}

interface PhraseEntry {
  rule: 'preferred' | 'banned' | 'name';
  index: number;
  /** The phrase as the rule spells it. */
  spelling: string;
}

export interface CompiledStyle {
  rules: StyleRules;
  insensitive: RegExp | null;
  sensitive: RegExp | null;
  byKey: Map<string, PhraseEntry>;
  byExactKey: Map<string, PhraseEntry>;
}

function alternation(phrases: readonly string[], flags: string): RegExp | null {
  if (phrases.length === 0) return null;
  // Longest first, so "the Ukraine" wins over a rule for "Ukraine" at the same place.
  const sorted = [...new Set(phrases.map(phrasePattern))].sort((a, b) => b.length - a.length);
  return new RegExp(`${BEFORE_WORD}(?:${sorted.join('|')})${AFTER_WORD}`, flags);
}

const compiledCache = new WeakMap<StyleRules, CompiledStyle>();

/** Builds the rule set's regular expressions once per rules object. */
export function compileStyle(rules: StyleRules): CompiledStyle {
  const cached = compiledCache.get(rules);
  if (cached !== undefined) return cached;
  const byKey = new Map<string, PhraseEntry>();
  const byExactKey = new Map<string, PhraseEntry>();
  const insensitive: string[] = [];
  const sensitive: string[] = [];
  // The first rule to claim a phrase keeps it: preferred forms, then names, then banned words.
  const add = (phrase: string, entry: PhraseEntry, caseSensitive: boolean) => {
    const map = caseSensitive ? byExactKey : byKey;
    const key = phraseKey(phrase, caseSensitive);
    if (map.has(key)) return;
    map.set(key, entry);
    (caseSensitive ? sensitive : insensitive).push(phrase);
  };
  rules.preferredForms.forEach((rule, index) => {
    for (const from of rule.from) add(from, { rule: 'preferred', index, spelling: from }, rule.caseSensitive === true);
  });
  rules.nameGroups.forEach((group, index) => {
    for (const spelling of [group.preferred, ...group.variants]) add(spelling, { rule: 'name', index, spelling }, false);
  });
  rules.bannedWords.forEach((banned, index) => add(banned.word, { rule: 'banned', index, spelling: banned.word }, false));
  const compiled: CompiledStyle = {
    rules,
    insensitive: alternation(insensitive, 'giu'),
    sensitive: alternation(sensitive, 'gu'),
    byKey,
    byExactKey,
  };
  compiledCache.set(rules, compiled);
  return compiled;
}

function describe(entry: PhraseEntry, found: string, rules: StyleRules): StyleMatch {
  const base = { offset: 0, length: found.length, text: found };
  if (entry.rule === 'preferred') {
    const rule = rules.preferredForms[entry.index]!;
    const note = rule.note ? ` ${rule.note}` : '';
    return { ...base, rule: 'preferred', replacement: rule.caseSensitive === true ? rule.to : matchCase(found, rule.to), message: `House style is “${rule.to}”, not “${found}”.${note}` };
  }
  if (entry.rule === 'banned') {
    const banned = rules.bannedWords[entry.index]!;
    const suggestion = banned.suggestion ? ` Try “${banned.suggestion}”.` : '';
    return {
      ...base,
      rule: 'banned',
      replacement: banned.suggestion ? matchCase(found, banned.suggestion) : null,
      message: `Avoid “${found}”: ${banned.reason}${suggestion}`,
    };
  }
  const group = rules.nameGroups[entry.index]!;
  return {
    ...base,
    rule: 'name',
    replacement: group.preferred,
    message: `House style spells this name “${group.preferred}”.`,
    nameGroup: entry.index,
    spelling: entry.spelling,
  };
}

/** Every house-style match in one paragraph, in text order. */
export function matchText(compiled: CompiledStyle, text: string): StyleMatch[] {
  const { rules } = compiled;
  const quoted = rules.ignoreQuotations ? quotedSpans(text) : [];
  const inQuote = (start: number, end: number) => quoted.some(([from, to]) => start >= from && end <= to);
  const matches: StyleMatch[] = [];
  const taken: Array<[number, number]> = [];
  const collect = (pattern: RegExp | null, map: Map<string, PhraseEntry>, caseSensitive: boolean) => {
    if (pattern === null) return;
    for (const found of text.matchAll(pattern)) {
      const entry = map.get(phraseKey(found[0], caseSensitive));
      const start = found.index;
      const end = start + found[0].length;
      if (entry === undefined || inQuote(start, end) || taken.some(([from, to]) => start < to && end > from)) continue;
      taken.push([start, end]);
      matches.push({ ...describe(entry, found[0], rules), offset: start });
    }
  };
  collect(compiled.sensitive, compiled.byExactKey, true);
  collect(compiled.insensitive, compiled.byKey, false);
  for (const number of matchNumbers(text, rules.numbers)) {
    if (inQuote(number.offset, number.offset + number.length)) continue;
    const limit = numberWord(rules.numbers.spellOutBelow);
    matches.push({
      rule: 'number',
      offset: number.offset,
      length: number.length,
      text: number.figure,
      replacement: number.replacement,
      message: `Numbers below ${limit} are spelled out: write “${number.replacement}”, not “${number.figure}”.`,
    });
  }
  return matches.sort((a, b) => a.offset - b.offset);
}

/** How often each spelling of each name group occurs: group index → spelling → count. */
export type NameCounts = Map<number, Map<string, number>>;

export function addNameCounts(counts: NameCounts, matches: readonly StyleMatch[], sign: 1 | -1 = 1): void {
  for (const match of matches) {
    if (match.rule !== 'name' || match.nameGroup === undefined || match.spelling === undefined) continue;
    const spellings = counts.get(match.nameGroup) ?? new Map<string, number>();
    const next = (spellings.get(match.spelling) ?? 0) + sign;
    if (next <= 0) spellings.delete(match.spelling);
    else spellings.set(match.spelling, next);
    if (spellings.size === 0) counts.delete(match.nameGroup);
    else counts.set(match.nameGroup, spellings);
  }
}

/** The name groups an article mixes: two or more spellings of one name. */
export function mixedGroups(counts: NameCounts): Set<number> {
  const mixed = new Set<number>();
  for (const [group, spellings] of counts) if (spellings.size >= 2) mixed.add(group);
  return mixed;
}

/** What to say about a mixed name group: its spellings with their counts, and the house form. */
export function mixedNameMessage(rules: StyleRules, group: number, spellings: ReadonlyMap<string, number>): string {
  const preferred = rules.nameGroups[group]?.preferred ?? '';
  const listed = [...spellings].map(([spelling, count]) => `“${spelling}” (${count})`).join(', ');
  return `One name is spelled ${spellings.size} ways in this article: ${listed}. Use “${preferred}” throughout.`;
}

/** Whether a match should be shown: names only where the article mixes spellings, and never the house spelling itself. */
export function isReportable(match: StyleMatch, mixed: ReadonlySet<number>, rules: StyleRules): boolean {
  if (match.rule !== 'name') return true;
  if (match.nameGroup === undefined || !mixed.has(match.nameGroup)) return false;
  return match.spelling !== rules.nameGroups[match.nameGroup]?.preferred;
}
