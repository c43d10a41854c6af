import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ninjsErrors, STANDARDS_DIR } from '../../support/standards';

const SUITE = join(STANDARDS_DIR, 'ninjs', 'test_suite');
/** Needs GeoJSON's schema, which is not copied (tests/standards/README.md). */
const NEEDS_GEOJSON = new Set(['010_geojson.json']);

const suiteFiles = (expectation: 'should_pass' | 'should_fail') =>
  readdirSync(SUITE).flatMap((version) =>
    readdirSync(join(SUITE, version, expectation))
      .filter((name) => !NEEDS_GEOJSON.has(name))
      .map((name) => [`${version}/${name}`, JSON.parse(readFileSync(join(SUITE, version, expectation, name), 'utf8')) as unknown] as const),
  );

describe('the validator reads IPTC’s schema as IPTC’s own test suite expects', () => {
  it.each(suiteFiles('should_pass'))('%s passes', (_name, value) => expect(ninjsErrors(value)).toEqual([]));
  it.each(suiteFiles('should_fail'))('%s fails', (_name, value) => expect(ninjsErrors(value)).not.toEqual([]));
});
