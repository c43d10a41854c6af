import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc, { type Arbitrary } from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNEL_NAMES, channels, isPublicChannel, type ChannelName } from '../../shared/contract/channels';
import { ERROR_CODES, RpcErrorSchema } from '../../shared/contract/errors';
import { ArticleBodySchema } from '../../shared/content/body';
import { ROLES, type Role } from '../../shared/domain/session';
import { openGalley, type Galley } from '../../electron/services';
import { seedSession, TEST_PASSWORD, TEST_PASSWORD_PARAMS } from '../support/seed-session';
import { bodyOf, bodyOfParagraphs, heading, paragraph } from '../support/bodies';
import { AGENCY, fixture } from '../unit/images/fixtures';
import { zodArbitrary } from './zod-arbitrary';
import { deeplyNested, invalidInput, withOwnKey } from './hostile-values';
import { databaseDigest, totalChanges } from './db-digest';
import { FUZZ_SEED, FUZZ_TOTAL_RUNS } from './fuzz-config';

/**
 * Every channel of the contract, called through the real router on a real database with
 * generated inputs, valid-shaped and hostile, by each role and by nobody. The channel list
 * comes from the contract, so a channel added later is fuzzed without touching this file.
 */
type Caller = Role | 'nobody';
const CALLERS: readonly Caller[] = ['nobody', ...ROLES];
const RUNS_PER_CHANNEL = Math.ceil(FUZZ_TOTAL_RUNS / CHANNEL_NAMES.length);

interface Tally {
  inputs: number;
  valid: number;
  ok: number;
  refused: Record<string, number>;
  crashes: string[];
}
const tally: Tally = { inputs: 0, valid: 0, ok: 0, refused: {}, crashes: [] };

let dataDir = '';
let galley: Galley;
const tokens = new Map<Caller, string | null>();
/** Ids that exist, so that valid-shaped inputs reach the services' real paths, not only NOT_FOUND. */
const knownIds: string[] = [];
let people = 0;

/** A signed-in token for `caller`, seeding a new person when the last one was signed out, disabled or demoted. */
function tokenFor(caller: Caller): string | null {
  if (caller === 'nobody') return null;
  const token = tokens.get(caller);
  if (token && galley.sessionFor(token)?.role === caller) return token;
  const seeded = seedSession(galley, `fuzz-${caller}-${++people}`, caller);
  tokens.set(caller, seeded.token);
  knownIds.push(seeded.session.userId);
  return seeded.token;
}

async function must(channel: ChannelName, input: unknown, caller: Caller): Promise<Record<string, unknown>> {
  const result = await galley.dispatch(channel, input, tokenFor(caller));
  if (!result.ok) throw new Error(`seeding ${channel} failed: ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

const existingOrRandomId: Arbitrary<string> = fc.oneof(
  { arbitrary: fc.nat().map((i) => knownIds[i % knownIds.length] ?? '00000000-0000-4000-8000-000000000000'), weight: 3 },
  { arbitrary: fc.uuid(), weight: 1 },
);

const realBodies: Arbitrary<unknown> = fc.constantFrom(
  bodyOfParagraphs('A plain paragraph.'),
  bodyOf(heading('h2', 'A heading'), paragraph('Bold', { text: ' and italic', format: 2 })),
  bodyOfParagraphs('<script>window.__pwned = 1</script>', '<img src=x onerror=alert(1)>'),
  bodyOfParagraphs('اردو میں ایک جملہ۔', 'جملة عربية.'),
);

/** Bodies the contract's shallow schema lets through but Lexical must refuse or survive. */
const hostileBodies: Arbitrary<unknown> = fc.constantFrom(
  bodyOf(deeplyNested(5_000)),
  bodyOf({ ...paragraph('x'), children: [{ ...paragraph('x').children[0], text: 'ü'.repeat(2_000_000) }] }),
  bodyOf({ type: 'no-such-node', version: 1, children: [] }),
  bodyOf({ type: 'paragraph', children: 'not an array' }),
  bodyOf(withOwnKey(paragraph('polluted'), '__proto__', { isAdmin: true })),
  bodyOf(...Array.from({ length: 20_000 }, () => paragraph('many'))),
  bodyOf({ type: 'link', url: 'javascript:alert(1)', version: 1, children: [] }),
);

function validShaped(channel: ChannelName): Arbitrary<unknown> {
  const overrides = new Map<never, Arbitrary<unknown>>([
    [ArticleBodySchema as never, fc.oneof({ arbitrary: realBodies, weight: 3 }, { arbitrary: hostileBodies, weight: 1 }, { arbitrary: zodArbitrary(ArticleBodySchema), weight: 1 })],
  ]);
  const derived = zodArbitrary(channels[channel].input, { overrides, formats: { uuid: existingOrRandomId } });
  if (channel !== 'auth.signIn') return derived;
  // Sign-in with a known name and the right password now and then, so success is fuzzed too.
  return fc.oneof(derived, fc.constantFrom('admin', 'fuzz-writer-1', 'FUZZ-EDITOR-2 ').map((name) => ({ name, password: TEST_PASSWORD })));
}

function recordCrash(kind: string) {
  return (reason: unknown) => tally.crashes.push(`${kind}: ${reason instanceof Error ? reason.stack : String(reason)}`);
}
const onRejection = recordCrash('unhandledRejection');
const onException = recordCrash('uncaughtException');

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  dataDir = mkdtempSync(join(tmpdir(), 'galley-fuzz-'));
  galley = openGalley({ dataDir, log: () => {}, passwordParams: TEST_PASSWORD_PARAMS });
  for (const caller of CALLERS) tokenFor(caller);
  const article = await must('articles.create', { meta: { headline: 'Fuzzed article' } }, 'writer');
  knownIds.push(String(article.id));
  const source = await must('sources.create', { fields: { kind: 'web_page', title: 'A source', url: 'https://example.org/' }, attachTo: article.id }, 'writer');
  knownIds.push(String(source.id));
  const revision = await must('revisions.create', { articleId: article.id, name: 'First' }, 'writer');
  knownIds.push(String(revision.id));
  const asset = await must('assets.add', { fileName: 'photo.jpg', data: fixture(AGENCY).toString('base64') }, 'writer');
  knownIds.push(String((asset.asset as { id: string }).id));
}, 60_000);

afterAll(() => {
  process.off('unhandledRejection', onRejection);
  process.off('uncaughtException', onException);
  galley.close();
  rmSync(dataDir, { recursive: true, force: true });
  const results = join(process.cwd(), 'test-results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'fuzz-summary.json'), JSON.stringify({ seed: FUZZ_SEED, channels: CHANNEL_NAMES.length, ...tally }, null, 2));
  console.log(`fuzz: ${tally.inputs} inputs over ${CHANNEL_NAMES.length} channels (seed ${FUZZ_SEED}): ${tally.ok} answered, refused ${JSON.stringify(tally.refused)}, ${tally.crashes.length} crashes`);
});

describe('every channel, fuzzed through the router', () => {
  // The digest of the database as it was when SQLite's change counter last moved.
  let digest = '';
  let changes = -1;

  it.each(CHANNEL_NAMES.map((name, index) => [name, index] as const))('%s: never crashes, refuses bad input with a typed error, and a refusal changes nothing', async (channel, index) => {
    const spec = channels[channel];
    const valid = validShaped(channel);
    const input = fc.oneof({ arbitrary: valid, weight: 1 }, { arbitrary: invalidInput(valid), weight: 1 });
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom(...CALLERS), async (value, caller) => {
        const token = tokenFor(caller);
        if (totalChanges(galley.db) !== changes) {
          digest = databaseDigest(galley.db);
          changes = totalChanges(galley.db);
        }
        const before = digest;
        const schemaAccepts = spec.input.safeParse(value ?? {}).success;
        tally.inputs += 1;
        if (schemaAccepts) tally.valid += 1;

        const result = await galley.dispatch(channel, value, token);

        expect(result).toBeTypeOf('object');
        if (result.ok) {
          tally.ok += 1;
          expect(schemaAccepts, 'an input the contract refuses was answered').toBe(true);
          expect(spec.output.safeParse(result.value).success, 'the answer breaks the contract').toBe(true);
          return;
        }
        const error = RpcErrorSchema.parse(result.error);
        tally.refused[error.code] = (tally.refused[error.code] ?? 0) + 1;
        expect(ERROR_CODES).toContain(error.code);
        expect(error.code, `a bug, not a refusal: ${error.message}`).not.toBe('INTERNAL');
        expect(error.message.length).toBeGreaterThan(10);
        if (caller === 'nobody' && !isPublicChannel(channel)) expect(error.code).toBe('UNAUTHENTICATED');
        else if (!schemaAccepts) expect(error.code).toBe('BAD_INPUT');
        if (totalChanges(galley.db) !== changes) {
          digest = databaseDigest(galley.db);
          changes = totalChanges(galley.db);
          expect(digest, `${channel} was refused (${error.code}) but changed the database`).toBe(before);
        }
      }),
      { seed: FUZZ_SEED + index, numRuns: RUNS_PER_CHANNEL },
    );
    expect(tally.crashes).toEqual([]);
  }, Math.max(120_000, RUNS_PER_CHANNEL * 200));

  it(`tried at least ${FUZZ_TOTAL_RUNS} inputs, with no unhandled rejection or uncaught exception`, () => {
    expect(tally.inputs).toBeGreaterThanOrEqual(FUZZ_TOTAL_RUNS);
    expect(tally.valid).toBeGreaterThan(0);
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.crashes).toEqual([]);
  });
});
