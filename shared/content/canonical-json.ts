/**
 * JSON with object keys sorted at every level, so that equal content always gives equal
 * bytes (and so an equal content hash), whatever order the editor wrote the keys in.
 *
 * Content hashes are taken of bodies and of audit rows, and no nesting, however deep, may
 * turn a hash into a stack overflow. Recursion is three times faster on the bodies every
 * save hashes (which the save's own nesting limit keeps shallow), so it is used up to a
 * fixed depth; deeper values are written with an explicit stack instead. Either way the
 * bytes are JSON.stringify's: `undefined` members are left out, `undefined` in an array is
 * `null`.
 */
export function canonicalJson(value: unknown): string {
  try {
    return JSON.stringify(sortKeys(value, 0));
  } catch (error) {
    if (error !== TOO_DEEP) throw error;
    return canonicalJsonByStack(value);
  }
}

/** Well inside every engine's stack, for sortKeys and JSON.stringify alike. */
const RECURSION_LIMIT = 400;
const TOO_DEEP = new Error('nested deeper than canonicalJson recurses');

function sortKeys(value: unknown, depth: number): unknown {
  if (depth > RECURSION_LIMIT) throw TOO_DEEP;
  if (Array.isArray(value)) return value.map((element) => sortKeys(element, depth + 1));
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) sorted[key] = sortKeys(member, depth + 1);
    }
    return sorted;
  }
  return value;
}

function canonicalJsonByStack(value: unknown): string {
  const out: string[] = [];
  const stack: Frame[] = [];
  const write = (item: unknown): void => {
    if (Array.isArray(item)) {
      out.push('[');
      stack.push({ close: ']', entries: item.map((element) => [null, element] as const), next: 0 });
    } else if (item !== null && typeof item === 'object') {
      const members = item as Record<string, unknown>;
      const keys = Object.keys(members).sort().filter((key) => isSerialisable(members[key]));
      out.push('{');
      stack.push({ close: '}', entries: keys.map((key) => [key, members[key]] as const), next: 0 });
    } else {
      out.push(JSON.stringify(item) ?? 'null');
    }
  };
  write(value);
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    if (top.next === top.entries.length) {
      out.push(top.close);
      stack.pop();
      continue;
    }
    const [key, item] = top.entries[top.next]!;
    if (top.next > 0) out.push(',');
    top.next += 1;
    if (key !== null) out.push(JSON.stringify(key), ':');
    write(item);
  }
  return out.join('');
}

interface Frame {
  close: ']' | '}';
  /** Array elements (key null) or object members, in the order they are written. */
  entries: ReadonlyArray<readonly [string | null, unknown]>;
  next: number;
}

/** JSON.stringify leaves these members out of an object. */
const isSerialisable = (value: unknown): boolean => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
