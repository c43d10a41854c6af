import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/importers/index';
import { checkHouseStyle } from '../../../shared/checks/style/style';
import { runChecks } from '../../../shared/checks/registry';
import { DEFAULT_CHECK_CONTEXT } from '../../../shared/checks/context';
import { emptyMeta } from '../../../shared/domain/article';
import { StyleRulesSchema } from '../../../shared/style/rules';
import { DEFAULT_STYLE_RULES } from '../../../shared/style/default-rules';
import { bodyOfParagraphs } from '../../support/bodies';

const FIXTURE = join(process.cwd(), '..', 'shared', 'fixtures', 'articles', 'xplora-putin-territorial-issues.txt');

const article = (texts: string[], headline = 'A headline') => ({ id: 'a1', meta: { ...emptyMeta(), headline }, body: bodyOfParagraphs(...texts) });

describe('the house-style check', () => {
  it('reports each preferred form and banned word where it is, and numbers as preferred forms', () => {
    const findings = checkHouseStyle(article(['Snow in Kiev.', 'We utilize 3 trucks.'], 'Kiev wakes'), DEFAULT_CHECK_CONTEXT);
    expect(findings.map((f) => [f.code, f.severity, f.location])).toEqual([
      ['STYLE_PREFERRED_FORM', 'warn', { kind: 'field', field: 'headline' }],
      ['STYLE_PREFERRED_FORM', 'warn', { kind: 'text', block: 0, offset: 8, length: 4 }],
      ['STYLE_BANNED_WORD', 'warn', { kind: 'text', block: 1, offset: 3, length: 7 }],
      ['STYLE_PREFERRED_FORM', 'warn', { kind: 'text', block: 1, offset: 11, length: 1 }],
    ]);
  });

  it('reports a name spelled two ways once, at the first spelling that is not the house one', () => {
    const findings = checkHouseStyle(article(['Zelenskyy spoke.', 'Later Zelensky and Zelensky again.']), DEFAULT_CHECK_CONTEXT);
    expect(findings).toEqual([
      {
        code: 'STYLE_INCONSISTENT_NAME',
        severity: 'warn',
        message: 'One name is spelled 2 ways in this article: “Zelenskyy” (1), “Zelensky” (2). Use “Zelenskyy” throughout.',
        location: { kind: 'text', block: 1, offset: 6, length: 8 },
      },
    ]);
  });

  it('does not report a name spelled one way throughout, even a variant', () => {
    expect(checkHouseStyle(article(['Zelensky spoke.', 'Zelensky left.']), DEFAULT_CHECK_CONTEXT)).toEqual([]);
  });

  it('reads the newsroom’s rules from the context', () => {
    const houseStyle = () => StyleRulesSchema.parse({ ...DEFAULT_STYLE_RULES, preferredForms: [{ from: ['Kyiv'], to: 'Kiev' }] });
    const findings = checkHouseStyle(article(['Snow in Kyiv and Kiev.']), { ...DEFAULT_CHECK_CONTEXT, houseStyle });
    expect(findings.map((f) => f.message)).toEqual(['House style is “Kiev”, not “Kyiv”.']);
  });

  it('flags “Kiev” in the Xplora fixture imported through the real importer, and no mixed spelling once the page’s teasers are left out', () => {
    const imported = importFile('xplora-putin-territorial-issues.txt', readFileSync(FIXTURE, 'utf8'));
    const findings = runChecks({ id: 'xplora', meta: { ...emptyMeta(), ...imported.meta }, body: imported.body }, DEFAULT_CHECK_CONTEXT);
    const style = findings.filter((f) => f.code.startsWith('STYLE_'));
    const kiev = style.filter((f) => f.code === 'STYLE_PREFERRED_FORM' && f.message.startsWith('House style is “Kyiv”, not “Kiev”'));
    expect(kiev.length).toBeGreaterThanOrEqual(1);
    // The article writes “Zelenskiy” throughout; “Zelensky” was only in the page's links to other stories.
    expect(style.filter((f) => f.code === 'STYLE_INCONSISTENT_NAME')).toEqual([]);
  });
});
