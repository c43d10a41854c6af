import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Validators for the standards Galley's exports follow, built from the standards' own files
 * in tests/standards (see its README for their origin and licence).
 */

export const STANDARDS_DIR = join(import.meta.dirname, '..', 'standards');

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(STANDARDS_DIR, path), 'utf8'));

function ninjsValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // Not copied here (see the README): nothing passes in its place.
  ajv.addSchema(false, 'https://geojson.org/schema/GeoJSON.json');
  return ajv.compile(readJson('ninjs/ninjs-schema_2.2.json') as object);
}

let validateNinjs: ReturnType<typeof ninjsValidator> | null = null;

const describeErrors = (errors: readonly ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`);

/** The ways a value breaks IPTC's ninjs 2.2 schema; empty when it is valid. */
export function ninjsErrors(value: unknown): string[] {
  validateNinjs ??= ninjsValidator();
  return validateNinjs(value) ? [] : describeErrors(validateNinjs.errors);
}
