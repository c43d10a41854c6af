import { StyleRulesSchema, type StyleRules } from './rules';

/**
 * What a new newsroom starts with: a few rules most English-language desks agree on, meant
 * to be edited. Spellings follow the AP Stylebook (Kyiv since 2019; Zelenskyy; numbers one
 * to nine in words, figures for ages, percentages, dates, money, times and measurements).
 */
export const DEFAULT_STYLE_RULES: StyleRules = StyleRulesSchema.parse({
  preferredForms: [
    { from: ['Kiev'], to: 'Kyiv', note: 'The Ukrainian transliteration, used since 2019.' },
    { from: ['Kharkov'], to: 'Kharkiv' },
    { from: ['Odessa'], to: 'Odesa' },
    { from: ['Lvov'], to: 'Lviv' },
    { from: ['Nikolaev', 'Nikolayev'], to: 'Mykolaiv' },
    { from: ['the Ukraine'], to: 'Ukraine' },
    { from: ['Byelorussia'], to: 'Belarus' },
    { from: ['Burma'], to: 'Myanmar' },
    { from: ['Bombay'], to: 'Mumbai' },
    { from: ['e-mail'], to: 'email' },
    { from: ['web site'], to: 'website' },
  ],
  nameGroups: [
    { preferred: 'Zelenskyy', variants: ['Zelensky', 'Zelenskiy', 'Zelenskyi', 'Zelenski'] },
    { preferred: 'Gadhafi', variants: ['Gaddafi', 'Qaddafi', 'Kadafi'] },
    { preferred: 'Navalny', variants: ['Navalnyy', 'Navalni'] },
  ],
  bannedWords: [
    { word: 'utilize', suggestion: 'use', reason: 'Jargon: “use” says the same.' },
    { word: 'utilise', suggestion: 'use', reason: 'Jargon: “use” says the same.' },
    { word: 'impactful', suggestion: 'effective', reason: 'Jargon.' },
    { word: 'going forward', suggestion: 'from now on', reason: 'Jargon.' },
    { word: 'synergy', reason: 'Jargon: say what actually combines.' },
    { word: 'illegal immigrant', suggestion: 'person living in the country illegally', reason: 'AP: use “illegal” for actions, not people.' },
    { word: 'committed suicide', suggestion: 'died by suicide', reason: 'AP: avoid “committed”, which implies a crime.' },
    { word: 'very unique', suggestion: 'unique', reason: 'Unique does not take degrees.' },
  ],
  numbers: { enabled: true, spellOutBelow: 10, exceptions: ['percentages', 'ages', 'dates', 'measurements', 'money', 'times'] },
  ignoreQuotations: false,
});
