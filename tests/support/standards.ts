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

/**
 * schema.org's vocabulary (release file in tests/standards/schema.org): every class, its
 * superclasses, and each property's domain (`domainIncludes`) and range (`rangeIncludes`).
 */
interface Vocabulary {
  superclasses: ReadonlyMap<string, readonly string[]>;
  properties: ReadonlyMap<string, { domain: readonly string[]; range: readonly string[] }>;
}

type VocabularyNode = Record<string, unknown>;
const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((ref) => String((ref as { '@id': string })['@id']).replace(/^schema:/, ''));
const typesOf = (node: VocabularyNode): string[] => (Array.isArray(node['@type']) ? node['@type'] : [node['@type']]).map(String);

function loadVocabulary(): Vocabulary {
  const graph = (readJson('schema.org/schemaorg-current-https.jsonld') as { '@graph': VocabularyNode[] })['@graph'];
  const superclasses = new Map<string, string[]>();
  const properties = new Map<string, { domain: string[]; range: string[] }>();
  for (const node of graph) {
    const id = String(node['@id']);
    if (!id.startsWith('schema:')) continue;
    const name = id.slice('schema:'.length);
    if (typesOf(node).includes('rdfs:Class')) superclasses.set(name, ids(node['rdfs:subClassOf']));
    if (typesOf(node).includes('rdf:Property')) properties.set(name, { domain: ids(node['schema:domainIncludes']), range: ids(node['schema:rangeIncludes']) });
  }
  return { superclasses, properties };
}

let vocabulary: Vocabulary | null = null;

function isA(type: string, ancestor: string, vocab: Vocabulary): boolean {
  const seen = new Set<string>();
  const queue = [type];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (next === ancestor) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(vocab.superclasses.get(next) ?? []));
  }
  return false;
}

/** The schema.org data types a JSON value of that kind stands for. */
const TEXT_TYPES = ['Text', 'URL', 'Date', 'DateTime', 'Time'];
const NUMBER_TYPES = ['Number', 'Integer', 'Float'];

/**
 * The ways a JSON-LD document breaks schema.org's vocabulary: a type that is not a
 * schema.org class, a property that is not a schema.org property or is not allowed on its
 * node's type, or a value outside the property's range. Empty when it keeps to it.
 */
export function schemaOrgErrors(document: unknown): string[] {
  vocabulary ??= loadVocabulary();
  const vocab = vocabulary;
  const errors: string[] = [];
  const inRange = (value: unknown, range: readonly string[]): boolean => {
    if (typeof value === 'string') return range.some((type) => TEXT_TYPES.some((text) => isA(type, text, vocab)));
    if (typeof value === 'number') return range.some((type) => NUMBER_TYPES.some((kind) => isA(type, kind, vocab)));
    if (typeof value === 'boolean') return range.includes('Boolean');
    if (typeof value === 'object' && value !== null && '@type' in value) {
      const type = String((value as { '@type': unknown })['@type']);
      return range.some((allowed) => isA(type, allowed, vocab));
    }
    return false;
  };
  const visit = (node: Record<string, unknown>, path: string) => {
    if (Array.isArray(node['@graph'])) (node['@graph'] as Record<string, unknown>[]).forEach((child, i) => visit(child, `${path}/@graph/${i}`));
    if (node['@type'] === undefined) return;
    const type = String(node['@type']);
    if (!vocab.superclasses.has(type)) errors.push(`${path || '/'}: "${type}" is not a schema.org type`);
    for (const [key, raw] of Object.entries(node)) {
      if (key.startsWith('@') || raw === undefined) continue;
      const property = vocab.properties.get(key);
      if (property === undefined) {
        errors.push(`${path}/${key}: not a schema.org property`);
        continue;
      }
      if (!property.domain.some((domain) => isA(type, domain, vocab))) errors.push(`${path}/${key}: not a property of ${type}`);
      (Array.isArray(raw) ? raw : [raw]).forEach((value, i) => {
        const at = Array.isArray(raw) ? `${path}/${key}/${i}` : `${path}/${key}`;
        if (!inRange(value, property.range)) errors.push(`${at}: ${JSON.stringify(value).slice(0, 60)} is outside the range of ${key} (${property.range.join(', ')})`);
        if (typeof value === 'object' && value !== null) visit(value as Record<string, unknown>, at);
      });
    }
  };
  if (typeof document !== 'object' || document === null) return ['not a JSON-LD object'];
  const context = (document as Record<string, unknown>)['@context'];
  if (context !== 'https://schema.org') errors.push(`@context is ${JSON.stringify(context)}, not "https://schema.org"`);
  visit(document as Record<string, unknown>, '');
  return errors;
}
