import fc, { type Arbitrary } from 'fast-check';

/** Keys that have broken JavaScript services before: prototype pollution and lookalikes. */
export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'] as const;

// Built once: generating a megabyte per run would make the fuzzer measure string building.
const HUGE_STRING = 'ü'.repeat(1_000_000);
const HUGE_ARRAY = Array.from({ length: 100_000 }, (_, i) => i);

/** A value nested `depth` levels deep, alternately in arrays and objects. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value, children: [value] };
  return value;
}
const DEEP = deeplyNested(5_000);

/** An object whose own `__proto__` key is data (as JSON.parse makes it), not the prototype. */
export function withOwnKey(target: unknown, key: string, value: unknown): unknown {
  const base = typeof target === 'object' && target !== null && !Array.isArray(target) ? { ...(target as object) } : {};
  Object.defineProperty(base, key, { value, enumerable: true, configurable: true, writable: true });
  return base;
}

const anyKey = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...POLLUTING_KEYS));

/** Anything at all, including objects keyed by the polluting keys and values JSON cannot carry. */
export const anythingHostile: Arbitrary<unknown> = fc.anything({
  key: anyKey,
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

const wrongTypeValue: Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, 0, -1, 1.5, NaN, Infinity, -0, '', [], {}, HUGE_STRING, HUGE_ARRAY, DEEP),
  fc.constant(Number.MAX_SAFE_INTEGER + 2),
  fc.bigInt(),
  anythingHostile,
);

/**
 * A valid-shaped input broken in one place: a field of the wrong type, a huge or deeply
 * nested value, an extra key, a polluting key, or a field removed.
 */
export function mutated(valid: Arbitrary<unknown>): Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), wrongTypeValue, anyKey, fc.constantFrom('replace', 'extra', 'pollute', 'remove', 'wrap'))
    .map(([value, pick, wrong, key, how]) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrong;
      const keys = Object.keys(value);
      const chosen = keys.length > 0 ? keys[pick % keys.length]! : key;
      switch (how) {
        case 'replace':
          return { ...value, [chosen]: wrong };
        case 'extra':
          return { ...value, [`${key}_extra`]: wrong };
        case 'pollute':
          return withOwnKey(value, POLLUTING_KEYS[pick % POLLUTING_KEYS.length]!, { isAdmin: true, polluted: true });
        case 'remove': {
          const copy: Record<string, unknown> = { ...value };
          delete copy[chosen];
          return copy;
        }
        case 'wrap':
          return [value];
      }
    });
}

/** Invalid inputs of every kind for a channel whose valid inputs `valid` generates. */
export function invalidInput(valid: Arbitrary<unknown>): Arbitrary<unknown> {
  return fc.oneof({ arbitrary: mutated(valid), weight: 3 }, { arbitrary: wrongTypeValue, weight: 1 });
}
