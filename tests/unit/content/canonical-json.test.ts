import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/content/canonical-json';

/** A value nested `depth` arrays and objects deep, as a list inside a list inside… */
function nested(depth: number): unknown {
  let value: unknown = { text: 'x' };
  for (let i = 0; i < depth; i += 1) value = { type: 'list', children: [value] };
  return value;
}

describe('canonical JSON', () => {
  it('sorts keys at every level, drops undefined members and writes the same bytes as JSON.stringify otherwise', () => {
    const value = { b: [3, { z: 1, a: 'é"\n' }, null, undefined], a: { d: true, c: undefined, e: -0.5 }, c: '' };
    expect(canonicalJson(value)).toBe('{"a":{"d":true,"e":-0.5},"b":[3,{"a":"é\\"\\n","z":1},null,null],"c":""}');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson('x')).toBe('"x"');
  });

  it('does not overflow the stack on deeply nested content', () => {
    const depth = 20_000;
    expect(canonicalJson(nested(depth))).toBe(`${'{"children":['.repeat(depth)}{"text":"x"}${'],"type":"list"}'.repeat(depth)}`);
  });
});
