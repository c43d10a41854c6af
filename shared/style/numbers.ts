import type { NumberException, NumbersRule } from './rules';

/**
 * The numbers rule: whole numbers below the limit are written as words ("three people"),
 * except where style keeps figures (ages, percentages, dates, money, times, measurements),
 * and never inside a longer figure (3.5, 1,200, 3:30, 2/3, 3-5), a reference ([8]) or a name (F1).
 */

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const;

export const numberWord = (value: number): string => WORDS[value] ?? String(value);

const FIGURE = /(?<![\p{L}\p{N}\p{M}_.,:/$€£¥#[\-–])\d+(?![\p{L}\p{N}\p{M}_\]]|[.,:/\-–]\d)/gu;

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;

const EXCEPTIONS: Record<NumberException, { before?: RegExp; after?: RegExp }> = {
  percentages: { after: /^\s?(?:%|per\s?cent\b|percentage points?\b)/iu },
  ages: { before: /\b(?:aged?|age of)\s$/iu, after: /^(?:-|\s)years?[- ]old\b/iu },
  dates: { before: new RegExp(String.raw`\b${MONTH}\.?\s$`, 'iu'), after: new RegExp(String.raw`^\s${MONTH}\b`, 'iu') },
  money: { before: /[$€£¥]\s?$/u, after: /^\s?(?:dollars?|euros?|pounds?|cents?|rupees?|yen|hryvnias?)\b/iu },
  times: { after: /^\s?(?:[ap]\.?m\b\.?|o['’]clock\b)/iu },
  measurements: {
    after:
      /^(?:\s?(?:°|km\/h)|\s?(?:km|kg|g|mg|m|cm|mm|mi|miles?|ft|feet|foot|inch(?:es)?|lbs?|ounces?|oz|tons?|tonnes?|litres?|liters?|ml|gallons?|metres?|meters?|kilomet(?:re|er)s?|kilograms?|grams?|degrees?|mph|kph|acres?|hectares?|GB|MB|TB|kW|MW|GW)\b)/iu,
  },
};

/** Figures stay figures before these whatever the rule (AP: "3 million", "No. 3", "page 4"). */
const ALWAYS_BEFORE = /\b(?:No\.?|page|pp?\.|chapter|article|section|room|route|grade|level|version|step|phase|season|episode|round|game|rule|point|line|figure|table|Category|Class|Type|Stage|Gen|Week)\s$/iu;
const ALWAYS_AFTER = /^\s?(?:million|billion|trillion|x\b|×)/iu;

export interface NumberMatch {
  offset: number;
  length: number;
  figure: string;
  replacement: string;
}

export function matchNumbers(text: string, rule: NumbersRule): NumberMatch[] {
  if (!rule.enabled) return [];
  const matches: NumberMatch[] = [];
  for (const found of text.matchAll(FIGURE)) {
    const figure = found[0];
    const value = Number(figure);
    if (value < 1 || value >= rule.spellOutBelow || String(value) !== figure) continue;
    const start = found.index;
    const end = start + figure.length;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 30);
    if (ALWAYS_BEFORE.test(before) || ALWAYS_AFTER.test(after)) continue;
    const excepted = rule.exceptions.some((name) => {
      const exception = EXCEPTIONS[name];
      return exception.before?.test(before) === true || exception.after?.test(after) === true;
    });
    if (excepted) continue;
    const word = numberWord(value);
    const startsSentence = before.trim() === '' && start === before.length ? true : /[.!?]["”’]?\s+$/u.test(before);
    matches.push({ offset: start, length: figure.length, figure, replacement: startsSentence ? word[0]!.toUpperCase() + word.slice(1) : word });
  }
  return matches;
}
