import { matchText, type CompiledStyle, type StyleMatch } from './matcher';

/**
 * "Use this spelling everywhere". A name is spelled two ways when the article holds two or
 * more spellings of one name group of the house style (Zelenskyy, Zelensky): exactly what
 * STYLE_INCONSISTENT_NAME reports, over the same text (headline, standfirst and body). The
 * fix writes the chosen spelling over every other one; a spelling that differs only in case
 * counts as another spelling, since it reads as one.
 */

export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** The edits that make one text spell name group `group` as `chosen`, in text order. */
export function respellEdits(compiled: CompiledStyle, text: string, group: number, chosen: string): TextEdit[] {
  return matchText(compiled, text)
    .filter((match: StyleMatch) => match.rule === 'name' && match.nameGroup === group && match.text !== chosen)
    .map((match) => ({ offset: match.offset, length: match.length, text: chosen }));
}

/** The text with the edits made; edits must not overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
    result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
  }
  return result;
}
