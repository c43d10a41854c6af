import type { Check } from '../check';
import type { Finding } from '../finding';
import { titleKey, urlKey } from '../../sources/identity';
import { sourceLabel } from './common';

/**
 * SOURCE_DUPLICATE: two attached sources are the same (same address, or same title and
 * publisher). Reported once per later copy, pointing at it, naming the first.
 */
export const checkDuplicateSources: Check = (_article, context) => {
  const byUrl = new Map<string, string>();
  const byTitle = new Map<string, string>();
  const labels = new Map<string, string>();
  const findings: Finding[] = [];
  for (const source of context.sources ?? []) {
    labels.set(source.id, sourceLabel(source));
    const url = urlKey(source.url);
    const title = titleKey(source);
    const firstId = (url === '' ? undefined : byUrl.get(url)) ?? byTitle.get(title);
    if (firstId !== undefined) {
      const sameUrl = url !== '' && byUrl.get(url) === firstId;
      findings.push({
        code: 'SOURCE_DUPLICATE',
        severity: 'warn',
        message: `${sourceLabel(source)} is the same source as ${labels.get(firstId) ?? 'another'} (${sameUrl ? 'same address' : 'same title and publisher'}). Cite one of them and remove the other.`,
        location: { kind: 'source', sourceId: source.id },
      });
      continue;
    }
    if (url !== '') byUrl.set(url, source.id);
    byTitle.set(title, source.id);
  }
  return findings;
};
