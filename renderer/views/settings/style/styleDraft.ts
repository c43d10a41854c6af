import { NUMBER_EXCEPTIONS, type NumbersRule, type StyleRules, type StyleRulesInput } from '../../../../shared/style/rules';

/**
 * The house style as the Settings form edits it: lists of spellings as one comma-separated
 * text each, so a person can type commas freely; turned into rules (and validated) on save.
 */
export interface StyleDraft {
  preferredForms: Array<{ from: string; to: string; note: string; caseSensitive: boolean }>;
  nameGroups: Array<{ preferred: string; variants: string }>;
  bannedWords: Array<{ word: string; suggestion: string; reason: string }>;
  numbers: NumbersRule;
  ignoreQuotations: boolean;
}

const list = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

export function draftOf(rules: StyleRules): StyleDraft {
  return {
    preferredForms: rules.preferredForms.map((rule) => ({
      from: rule.from.join(', '),
      to: rule.to,
      note: rule.note ?? '',
      caseSensitive: rule.caseSensitive === true,
    })),
    nameGroups: rules.nameGroups.map((group) => ({ preferred: group.preferred, variants: group.variants.join(', ') })),
    bannedWords: rules.bannedWords.map((banned) => ({ word: banned.word, suggestion: banned.suggestion ?? '', reason: banned.reason })),
    numbers: { ...rules.numbers, exceptions: [...rules.numbers.exceptions] },
    ignoreQuotations: rules.ignoreQuotations,
  };
}

export function rulesOf(draft: StyleDraft): StyleRulesInput {
  return {
    preferredForms: draft.preferredForms.map((rule) => ({
      from: list(rule.from),
      to: rule.to,
      ...(rule.note.trim() !== '' ? { note: rule.note.trim() } : {}),
      ...(rule.caseSensitive ? { caseSensitive: true } : {}),
    })),
    nameGroups: draft.nameGroups.map((group) => ({ preferred: group.preferred, variants: list(group.variants) })),
    bannedWords: draft.bannedWords.map((banned) => ({
      word: banned.word,
      reason: banned.reason,
      ...(banned.suggestion.trim() !== '' ? { suggestion: banned.suggestion.trim() } : {}),
    })),
    numbers: { ...draft.numbers, exceptions: NUMBER_EXCEPTIONS.filter((name) => draft.numbers.exceptions.includes(name)) },
    ignoreQuotations: draft.ignoreQuotations,
  };
}
