import fc, { type Arbitrary } from 'fast-check';
import type { z } from 'zod';

/**
 * A fast-check arbitrary for values shaped like a zod (v4) schema, for the kinds of schema the
 * contract uses. "Shaped like" rather than "valid": refinements and cross-field rules are not
 * solved, so some generated values are still refused, which is what a fuzzer wants.
 *
 * Strings are kept short (the limits themselves are tested by the hostile values), and the
 * caller can replace any schema by its own arbitrary (ids that exist, real bodies).
 */
export interface ZodArbitraryOptions {
  /** Arbitraries for particular schema objects, checked before the schema's kind. */
  overrides?: ReadonlyMap<z.ZodType, Arbitrary<unknown>>;
  /** Arbitraries for string formats (uuid, datetime, email, url, base64…), before the defaults. */
  formats?: Readonly<Record<string, Arbitrary<string>>>;
  /** The longest string generated when the schema allows more. */
  maxString?: number;
}

interface Check {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  format?: string;
  pattern?: RegExp;
  checks?: Array<{ _zod: { def: Check } }>;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
  items?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Check[] => (def.checks ?? []).map((c) => c._zod.def);

const ISO_DATE = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const DEFAULT_FORMATS: Record<string, Arbitrary<string>> = {
  uuid: fc.uuid(),
  guid: fc.uuid(),
  datetime: ISO_DATE,
  date: ISO_DATE.map((s) => s.slice(0, 10)),
  email: fc.emailAddress(),
  url: fc.webUrl(),
  base64: fc.base64String({ maxLength: 64 }),
};

export function zodArbitrary(schema: z.ZodType, options: ZodArbitraryOptions = {}): Arbitrary<unknown> {
  const formats = { ...DEFAULT_FORMATS, ...options.formats };
  const maxString = options.maxString ?? 40;
  const seen = new Map<z.ZodType, Arbitrary<unknown>>();

  function build(s: z.ZodType): Arbitrary<unknown> {
    const override = options.overrides?.get(s);
    if (override) return override;
    // Recursive schemas (z.lazy, getters) come back here through fc.constant wrappers.
    const cached = seen.get(s);
    if (cached) return cached;
    const arb = fromDef(defOf(s));
    seen.set(s, arb);
    return arb;
  }

  function string(def: Def): Arbitrary<string> {
    const checks = checksOf(def);
    const format = def.format ?? checks.find((c) => c.check === 'string_format')?.format;
    const pattern = def.format === 'regex' ? def.pattern : checks.find((c) => c.format === 'regex')?.pattern;
    if (format && format !== 'regex' && formats[format]) return formats[format];
    // fast-check cannot generate for case-insensitive patterns; the case-sensitive one's matches match too.
    if (pattern) return fc.stringMatching(new RegExp(pattern.source, pattern.flags.replace(/[igy]/g, ''))).filter((x) => x.length <= 4 * maxString);
    const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0));
    const declaredMax = Math.min(Infinity, ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? Infinity));
    const max = Math.max(min, Math.min(declaredMax, maxString));
    return fc.oneof(fc.string({ minLength: min, maxLength: max }), fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }));
  }

  function number(def: Def): Arbitrary<number> {
    const checks = checksOf(def);
    const int = checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
    let min = -1e6;
    let max = 1e6;
    for (const c of checks) {
      if (c.check === 'greater_than' && c.value !== undefined) min = Math.max(min, c.inclusive ? c.value : c.value + (int ? 1 : 1e-9));
      if (c.check === 'less_than' && c.value !== undefined) max = Math.min(max, c.inclusive ? c.value : c.value - (int ? 1 : 1e-9));
    }
    return int ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
  }

  function fromDef(def: Def): Arbitrary<unknown> {
    switch (def.type) {
      case 'string':
        return string(def);
      case 'number':
        return number(def);
      case 'int':
        return fc.integer();
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'undefined':
        return fc.constant(undefined);
      case 'literal':
        return fc.constantFrom(...(def.values ?? []));
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries ?? {}));
      case 'optional':
        return fc.option(build(def.innerType!), { nil: undefined, freq: 3 });
      case 'nullable':
        return fc.option(build(def.innerType!), { nil: null, freq: 3 });
      case 'default':
      case 'prefault':
        // Leaving the field out is the common case: let the default apply half the time.
        return fc.option(build(def.innerType!), { nil: undefined, freq: 2 });
      case 'catch':
      case 'readonly':
      case 'nonoptional':
        return build(def.innerType!);
      case 'pipe':
        return build(def.in!);
      case 'lazy':
        return fc.constant(null).chain(() => build(def.getter!()));
      case 'array': {
        const checks = checksOf(def);
        const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0));
        const max = Math.min(min + 4, ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? Infinity));
        return fc.array(build(def.element!), { minLength: min, maxLength: Math.max(min, max) });
      }
      case 'object': {
        const shape = def.shape ?? {};
        const keys = Object.keys(shape);
        const required = keys.filter((k) => !['optional', 'default', 'prefault'].includes(defOf(shape[k]!).type));
        const record: Record<string, Arbitrary<unknown>> = {};
        for (const k of keys) record[k] = build(shape[k]!);
        return fc.record(record, { requiredKeys: required }).map((value) => {
          // fc.record leaves `undefined` for an optional key it chose to fill with nil: drop it.
          const out: Record<string, unknown> = {};
          for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
          return out;
        });
      }
      case 'record':
        return fc.dictionary(string(defOf(def.keyType!)), build(def.valueType!), { maxKeys: 4 });
      case 'union':
        return fc.oneof(...(def.options ?? []).map(build));
      case 'intersection':
        return fc.tuple(build(def.left!), build(def.right!)).map(([a, b]) => ({ ...(a as object), ...(b as object) }));
      case 'tuple':
        return fc.tuple(...(def.items ?? []).map(build));
      case 'date':
        return fc.date();
      case 'bigint':
        return fc.bigInt();
      case 'void':
        return fc.constant(undefined);
      case 'unknown':
      case 'any':
        return fc.jsonValue({ maxDepth: 2 });
      default:
        // A kind not met yet (a channel added later may bring one): any JSON still fuzzes the
        // channel, only with fewer inputs that pass its schema. Add a case here to do better.
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  return build(schema);
}
