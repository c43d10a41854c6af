import type { Db } from '../db/connection';
import { GalleyError } from '../../shared/contract/errors';
import type { Session } from '../../shared/domain/session';
import { DEFAULT_STYLE_RULES } from '../../shared/style/default-rules';
import { StyleRulesSchema, describeRulesError, type StyleRules } from '../../shared/style/rules';
import type { StoredStyleRules } from '../../shared/contract/channels/style';
import { canManageUsers } from '../../shared/workflow/policy';

interface RulesRow {
  rules_json: string;
  updated_by: string;
  updated_at: string;
}

export type StyleService = ReturnType<typeof styleService>;

/**
 * The newsroom's house style: everyone reads it (the editor underlines with it, the checks
 * run with it); only an admin changes it. Without a stored set, Galley's defaults apply.
 */
export function styleService({ db, now }: { db: Db; now: () => Date }) {
  const select = db.prepare<[], RulesRow>('SELECT rules_json, updated_by, updated_at FROM style_rules WHERE id = 1');
  const upsert = db.prepare(`
    INSERT INTO style_rules (id, rules_json, updated_by, updated_at) VALUES (1, @json, @by, @at)
    ON CONFLICT (id) DO UPDATE SET rules_json = excluded.rules_json, updated_by = excluded.updated_by, updated_at = excluded.updated_at`);
  // The checks read the rules on every run; parsing the JSON once per change keeps that cheap.
  let cache: { json: string; rules: StyleRules } | null = null;

  function parse(json: string): StyleRules {
    if (cache?.json === json) return cache.rules;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      throw new GalleyError('INTERNAL', 'The stored house style cannot be read. An admin can restore the defaults in Settings.');
    }
    const parsed = StyleRulesSchema.safeParse(value);
    if (!parsed.success) {
      throw new GalleyError('INTERNAL', `The stored house style is not valid (${describeRulesError(parsed.error)}). An admin can restore the defaults in Settings.`);
    }
    cache = { json, rules: parsed.data };
    return parsed.data;
  }

  const current = (): StoredStyleRules => {
    const row = select.get();
    if (row === undefined) return { rules: DEFAULT_STYLE_RULES, isDefault: true, updatedBy: null, updatedAt: null };
    return { rules: parse(row.rules_json), isDefault: false, updatedBy: row.updated_by, updatedAt: row.updated_at };
  };

  return {
    get: current,

    /** What the checks read: the stored rules, or the defaults. */
    rules: (): StyleRules => current().rules,

    set(session: Session, input: unknown): StoredStyleRules {
      return db.transaction(() => {
        if (!canManageUsers(session.role)) throw new GalleyError('FORBIDDEN', 'Only an admin changes the house style.');
        const parsed = StyleRulesSchema.safeParse(input);
        if (!parsed.success) throw new GalleyError('BAD_INPUT', describeRulesError(parsed.error));
        upsert.run({ json: JSON.stringify(parsed.data), by: session.userId, at: now().toISOString() });
        return current();
      })();
    },
  };
}
