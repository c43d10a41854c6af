import { scannedBody } from '../../content/scan';
import { DEFAULT_STYLE_RULES } from '../../style/default-rules';
import { addNameCounts, compileStyle, matchText, mixedGroups, mixedNameMessage, type NameCounts, type StyleMatch } from '../../style/matcher';
import type { Finding, FindingLocation } from '../finding';
import type { Check } from '../check';

/**
 * House style (PRODUCT.md "Review and fact-checking"): STYLE_PREFERRED_FORM (a preferred
 * spelling, numbers one to nine in words) and STYLE_BANNED_WORD for each occurrence, and
 * STYLE_INCONSISTENT_NAME once per name the article spells two ways, pointing at the first
 * spelling that is not the house one. The headline and dek are read too; the editor's
 * underlines (renderer/editor/style) use the same matcher on the body.
 */

const CODES = { preferred: 'STYLE_PREFERRED_FORM', number: 'STYLE_PREFERRED_FORM', banned: 'STYLE_BANNED_WORD' } as const;

interface Located {
  match: StyleMatch;
  location: FindingLocation;
}

export const checkHouseStyle: Check = ({ meta, body }, context) => {
  const rules = context.houseStyle?.() ?? DEFAULT_STYLE_RULES;
  const compiled = compileStyle(rules);
  const located: Located[] = [];
  const fields: Array<[string, string]> = [
    ['headline', meta.headline],
    ['dek', meta.dek],
  ];
  for (const [field, text] of fields) {
    for (const match of matchText(compiled, text)) located.push({ match, location: { kind: 'field', field } });
  }
  for (const block of scannedBody(body).blocks) {
    for (const match of matchText(compiled, block.text)) {
      located.push({ match, location: { kind: 'text', block: block.index, offset: match.offset, length: match.length } });
    }
  }

  const findings: Finding[] = [];
  const counts: NameCounts = new Map();
  addNameCounts(
    counts,
    located.map((l) => l.match),
  );
  for (const { match, location } of located) {
    if (match.rule === 'name') continue;
    findings.push({ code: CODES[match.rule], severity: 'warn', message: match.message, location });
  }
  for (const group of mixedGroups(counts)) {
    const preferred = rules.nameGroups[group]?.preferred;
    const first = located.find(({ match }) => match.nameGroup === group && match.spelling !== preferred) ?? located.find(({ match }) => match.nameGroup === group);
    findings.push({
      code: 'STYLE_INCONSISTENT_NAME',
      severity: 'warn',
      message: mixedNameMessage(rules, group, counts.get(group)!),
      location: first?.location ?? { kind: 'article' },
    });
  }
  return findings;
};
