import { useEffect, useState } from 'react';
import type { StyleRules } from '../../../shared/style/rules';
import { useApi } from '../../platform/ApiContext';

/**
 * The newsroom's house style for the editor's underlines, read each time an article opens
 * (an admin's change applies from the next opening). Null until loaded, or if it cannot be
 * read: the underlines then stay off and the Checks panel still reports.
 */
export function useHouseStyleRules(articleId: string | null): StyleRules | null {
  const api = useApi();
  const [rules, setRules] = useState<StyleRules | null>(null);
  useEffect(() => {
    let current = true;
    api.call('style.rules.get', {}).then(
      (stored) => current && setRules(stored.rules),
      () => current && setRules(null),
    );
    return () => {
      current = false;
    };
  }, [api, articleId]);
  return rules;
}
