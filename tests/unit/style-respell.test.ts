import { describe, expect, it } from 'vitest';
import { DEFAULT_STYLE_RULES } from '../../shared/style/default-rules';
import { compileStyle } from '../../shared/style/matcher';
import { applyEdits, respellEdits } from '../../shared/style/respell';

const compiled = compileStyle(DEFAULT_STYLE_RULES);
const ZELENSKYY = DEFAULT_STYLE_RULES.nameGroups.findIndex((group) => group.preferred === 'Zelenskyy');
const respelled = (text: string, chosen: string) => applyEdits(text, respellEdits(compiled, text, ZELENSKYY, chosen));

describe('use this spelling everywhere', () => {
  it('writes the chosen spelling over every other spelling of the name, and counts them', () => {
    const text = 'Zelensky met Zelenskiy’s aides; Zelenskyy spoke.';
    expect(respellEdits(compiled, text, ZELENSKYY, 'Zelenskyy')).toHaveLength(2);
    expect(respelled(text, 'Zelenskyy')).toBe('Zelenskyy met Zelenskyy’s aides; Zelenskyy spoke.');
  });

  it('may choose a spelling that is not the house one', () => {
    expect(respelled('Zelenskyy and Zelensky', 'Zelensky')).toBe('Zelensky and Zelensky');
  });

  it('treats a spelling in other letter case as another spelling, and leaves other names and words alone', () => {
    expect(respelled('ZELENSKY, Zelenskyy and Gaddafi in Kiev', 'Zelenskyy')).toBe('Zelenskyy, Zelenskyy and Gaddafi in Kiev');
    expect(respellEdits(compiled, 'Gaddafi in Kiev', ZELENSKYY, 'Zelenskyy')).toEqual([]);
  });
});
