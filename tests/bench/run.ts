/**
 * `npm run bench`: Galley's performance against baselines measured in the same run.
 *
 *   autosave  saving a 20,000-word article, against a raw durable SQLite upsert
 *   search    searching 100,000 articles, against the same FTS5 SQL on a raw connection
 *   typing    keystroke latency in Chromium, against a bare Lexical editor (and plain contenteditable)
 *   open      opening the 20,000-word article, against the bare Lexical page
 *   checks    every check on the 20,000-word article with 500 citations and 200 footnotes, against read-body
 *   publish   100 approved articles to a real Ghost through Galley, against direct Admin API calls
 *   hub       edit-to-editor latency between two workstations through a real hub, and the reconnect
 *             after 5,000 offline keystrokes each, against bare Hocuspocus providers
 *   hubaudit  the hub's one audit chain on PostgreSQL: appends by 1, 4 and 16 writers, against appends with no audit entry
 *
 * Options: --only=autosave,search,typing,open,checks,publish,hub,hubaudit   --quick (fewer repetitions, for trying it out)
 *          --strict (exit 1 when a target is missed)
 * Prints a table; writes bench-results/bench-<timestamp>.json and bench-results/latest.json.
 * Not a test: nothing here asserts on time.
 */
import { benchAutosave } from './server/autosave';
import { benchSearch } from './server/search';
import { benchBrowser } from './browser/browser-benches';
import { benchChecks } from './server/checks';
import { benchPublish } from './publish/publish';
import { benchHubSync } from './hub/sync';
import { benchHubAuditChain } from './hub/audit-chain';
import { formatTable, writeResults, type BenchRow } from './support/results';
import { machineInfo } from './support/machine';

const SUITES = ['autosave', 'search', 'typing', 'open', 'checks', 'publish', 'hub', 'hubaudit'] as const;
type Suite = (typeof SUITES)[number];

interface Args {
  only: Set<Suite>;
  quick: boolean;
  strict: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { only: new Set(SUITES), quick: false, strict: false };
  for (const arg of argv) {
    if (arg === '--quick') args.quick = true;
    else if (arg === '--strict') args.strict = true;
    else if (arg.startsWith('--only=')) {
      const wanted = arg.slice('--only='.length).split(',').filter(Boolean);
      const unknown = wanted.filter((name) => !(SUITES as readonly string[]).includes(name));
      if (unknown.length > 0) throw new Error(`unknown suite(s) ${unknown.join(', ')}; the suites are ${SUITES.join(', ')}`);
      args.only = new Set(wanted as Suite[]);
    } else {
      throw new Error(`unknown option ${arg}; see the top of tests/bench/run.ts`);
    }
  }
  return args;
}

const started = new Date();
const clock = () => `${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(4)} s`;
const log = (message: string) => console.log(`[${clock()}] ${message}`);

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const q = args.quick;
  const rows: BenchRow[] = [];
  const details: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  const timings: Record<string, number> = {};
  const machineAtStart = machineInfo();
  log(`bench: ${[...args.only].join(', ')}${q ? ' (quick)' : ''} on ${machineAtStart.cpus}× ${machineAtStart.cpuModel}, load ${machineAtStart.loadAverage.join(' ')}`);

  const runSuite = async (name: string, work: () => Promise<{ rows: BenchRow[]; details: unknown }>) => {
    const suiteStarted = performance.now();
    try {
      const result = await work();
      rows.push(...result.rows);
      details[name] = result.details;
    } catch (error) {
      errors[name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`${name}: FAILED TO RUN: ${errors[name]}`);
    }
    timings[name] = (performance.now() - suiteStarted) / 1000;
    log(`${name}: done in ${timings[name].toFixed(0)} s`);
  };

  if (args.only.has('autosave')) {
    await runSuite('autosave', () =>
      benchAutosave({ warmup: q ? 5 : 20, iterations: q ? 30 : 200, partsIterations: q ? 20 : 100, log }),
    );
  }
  if (args.only.has('search')) {
    await runSuite('search', async () =>
      benchSearch({
        articles: 100_000,
        budgetMsPerQuery: q ? 1_000 : 5_000,
        minRepetitions: q ? 3 : 6,
        maxRepetitions: q ? 20 : 500,
        warmup: 2,
        log,
      }),
    );
  }
  if (args.only.has('checks')) {
    await runSuite('checks', async () =>
      benchChecks({ warmup: q ? 3 : 10, budgetMs: q ? 2_000 : 10_000, minRepetitions: q ? 10 : 50, maxRepetitions: q ? 50 : 500, log }),
    );
  }
  if (args.only.has('publish')) {
    await runSuite('publish', () => benchPublish({ articles: q ? 20 : 100, warmup: q ? 2 : 5, log }));
  }
  if (args.only.has('hub')) {
    await runSuite('hub', () => benchHubSync({ edits: q ? 30 : 300, warmup: q ? 5 : 20, offlineKeys: q ? 500 : 5_000, log }));
  }
  if (args.only.has('hubaudit')) {
    await runSuite('hubaudit', () => benchHubAuditChain({ writers: [1, 4, 16], appendsPerWriter: q ? 50 : 300, warmup: q ? 5 : 20, log }));
  }
  if (args.only.has('typing') || args.only.has('open')) {
    await runSuite('browser', () =>
      benchBrowser({
        typing: args.only.has('typing'),
        open: args.only.has('open'),
        warmupKeys: q ? 5 : 20,
        typingRounds: 3,
        keysPerRound: q ? 10 : 50,
        openWarmupRuns: 1,
        openRuns: q ? 3 : 31,
        log,
      }),
    );
  }

  const finished = new Date();
  const report = {
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    seconds: (finished.getTime() - started.getTime()) / 1000,
    quick: q,
    suites: [...args.only],
    machine: { atStart: machineAtStart, atEnd: machineInfo() },
    suiteSeconds: timings,
    rows,
    details,
    errors,
  };
  const file = writeResults(report, started);

  console.log('\n' + formatTable(rows));
  const judged = rows.filter((r) => r.pass !== null);
  const missed = judged.filter((r) => r.pass === false);
  console.log(`\n${judged.length - missed.length} of ${judged.length} targets met · ${report.seconds.toFixed(0)} s · ${file}`);
  if (Object.keys(errors).length > 0) {
    console.log(`suites that could not run: ${Object.keys(errors).join(', ')} (see "errors" in the JSON)`);
    return 1;
  }
  return args.strict && missed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
