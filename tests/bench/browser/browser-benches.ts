import { generateLongArticle } from '../data/long-article';
import { generateCitedRead } from '../data/cited-read';
import { generateReviewedRead } from '../data/reviewed-read';
import { row, type BenchRow } from '../support/results';
import { medianPairedRatio } from '../support/stats';
import { scratchDir } from '../support/paths';
import { buildBenchPages } from './bench-pages';
import { launchChromium, VIEWPORT } from './chromium';
import {
  bareLexicalCitedEditor,
  bareLexicalEditor,
  bareLexicalHintedEditor,
  bareLexicalPerDocumentEditor,
  bareLexicalReviewedEditor,
  galleyEditor,
  plainEditor,
} from './editors';
import { addArticle, addComments, startGalleyWithArticle } from './galley-app';
import { houseStyleMatches, seedBenchHouseStyle } from './bench-house-style';
import { benchOpen, type OpenResult } from './open-time';
import { probeScript } from './probe-script';
import { startStaticServer } from './static-server';
import { benchTyping, type TypingResult } from './typing';

export interface BrowserOptions {
  typing: boolean;
  open: boolean;
  warmupKeys: number;
  typingRounds: number;
  keysPerRound: number;
  openWarmupRuns: number;
  openRuns: number;
  log: (message: string) => void;
}

export interface BrowserDetails {
  chromium: string;
  viewport: typeof VIEWPORT;
  document: { words: number; blocks: number; typedIntoBlock: number };
  pagesBuildSeconds: number;
  typing: TypingResult[];
  /** The same typing in the long read with 500 citations and 200 footnotes (data/cited-read.ts). */
  typingCited: { citations: number; footnotes: number; typedIntoBlock: number; results: TypingResult[] } | null;
  /** The same typing in the long read under review: 300 comment and 300 claim marks (data/reviewed-read.ts), typing inside a comment. */
  typingReviewed: { comments: number; claims: number; typedIntoBlock: number; results: TypingResult[] } | null;
  open: OpenResult[];
}

const TYPING_GROUP = 'typing 20k words';
const TYPING_CITED_GROUP = 'typing 20k words, 500 citations, 200 footnotes';
const TYPING_REVIEWED_GROUP = 'typing 20k words, 300 comments, 300 claims';
const OPEN_GROUP = 'open 20k words';

/** The browser benchmarks: keystroke latency and time to open, Galley against bare Lexical (and a plain contenteditable). */
export async function benchBrowser(options: BrowserOptions): Promise<{ rows: BenchRow[]; details: BrowserDetails }> {
  const long = generateLongArticle();
  const cited = generateCitedRead();
  const reviewed = generateReviewedRead();
  const buildStarted = performance.now();
  const pagesRoot = await buildBenchPages();
  const pagesBuildSeconds = (performance.now() - buildStarted) / 1000;
  options.log(`browser: baseline pages built in ${pagesBuildSeconds.toFixed(1)} s`);

  const scratch = scratchDir('browser');
  const server = await startStaticServer(pagesRoot, {
    '/data/long-read.json': JSON.stringify(long.body.editorState),
    '/data/cited-read.json': JSON.stringify(cited.bareBody.editorState),
    '/data/reviewed-read.json': JSON.stringify(reviewed.bareBody.editorState),
  });
  seedBenchHouseStyle(scratch.path);
  options.log(`browser: house style on, ${houseStyleMatches(long.body)} matches in the long read, ${houseStyleMatches(cited.galleyBody)} in the cited read`);
  const app = await startGalleyWithArticle(scratch.path, long.headline, long.body);
  const citedApp = await addArticle(app, cited.headline, cited.galleyBody);
  const reviewedApp = await addArticle(app, reviewed.headline, reviewed.galleyBody);
  await addComments(reviewedApp, reviewed.commentIds.map((id) => ({ id, quote: 'a sentence of the long read' })));
  const browser = await launchChromium();
  try {
    const init = await probeScript();
    const newContext = async () => {
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      await context.addInitScript({ content: init });
      return context;
    };
    const galley = galleyEditor(await newContext(), app);
    const bare = bareLexicalEditor(await newContext(), server.origin);
    const plain = plainEditor(await newContext(), server.origin);
    const barePerDocument = bareLexicalPerDocumentEditor(await newContext(), server.origin);

    const typing = options.typing
      ? await benchTyping([galley, bare, plain], {
          blockIndex: long.middleParagraph,
          lastText: long.lastBlockText,
          warmupKeys: options.warmupKeys,
          rounds: options.typingRounds,
          keysPerRound: options.keysPerRound,
          log: options.log,
        })
      : [];
    // The same typing where the text carries citations and footnotes: Galley against bare
    // Lexical holding the same document with links and superscript numbers in their place.
    const typingCited = options.typing
      ? {
          citations: cited.citations,
          footnotes: cited.footnotes,
          typedIntoBlock: cited.typedIntoBlock,
          results: await benchTyping([galleyEditor(await newContext(), citedApp), bareLexicalCitedEditor(await newContext(), server.origin)], {
            blockIndex: cited.typedIntoBlock,
            lastText: cited.lastBlockText,
            warmupKeys: options.warmupKeys,
            rounds: options.typingRounds,
            keysPerRound: options.keysPerRound,
            log: options.log,
          }),
        }
      : null;
    // Under review: Galley with comment and claim marks against bare Lexical with the same runs highlighted and underlined.
    const typingReviewed = options.typing
      ? {
          comments: reviewed.commentIds.length,
          claims: reviewed.claimIds.length,
          typedIntoBlock: reviewed.typedIntoBlock,
          results: await benchTyping([galleyEditor(await newContext(), reviewedApp), bareLexicalReviewedEditor(await newContext(), server.origin)], {
            blockIndex: reviewed.typedIntoBlock,
            lastText: reviewed.lastBlockText,
            warmupKeys: options.warmupKeys,
            rounds: options.typingRounds,
            keysPerRound: options.keysPerRound,
            log: options.log,
          }),
        }
      : null;
    const open = options.open
      ? await benchOpen([galley, bare, barePerDocument, bareLexicalHintedEditor(await newContext(), server.origin)], {
          lastText: long.lastBlockText,
          warmupRuns: options.openWarmupRuns,
          runs: options.openRuns,
          log: options.log,
        })
      : [];

    const details: BrowserDetails = {
      chromium: browser.version(),
      viewport: VIEWPORT,
      document: { words: long.words, blocks: long.blocks, typedIntoBlock: long.middleParagraph },
      pagesBuildSeconds,
      typing,
      typingCited,
      typingReviewed,
      open,
    };
    return { rows: browserRows(details), details };
  } finally {
    await browser.close();
    await app.close();
    await server.close();
    scratch.remove();
  }
}

function browserRows(d: BrowserDetails): BenchRow[] {
  const rows: BenchRow[] = [];
  const typingOf = (name: TypingResult['name']) => d.typing.find((t) => t.name === name)?.summary;
  const galley = typingOf('Galley');
  const bare = typingOf('bare Lexical');
  const plain = typingOf('plain contenteditable');
  if (galley && bare) {
    rows.push(row(TYPING_GROUP, 'Galley keystroke p50', galley.p50, bare.p50, 'bare Lexical'));
    rows.push(row(TYPING_GROUP, 'Galley keystroke p95', galley.p95, bare.p95, 'bare Lexical', { maxRatio: 1.15 }));
    rows.push(row(TYPING_GROUP, 'Galley keystroke p99', galley.p99, bare.p99, 'bare Lexical'));
  }
  if (bare && plain) {
    rows.push(row(TYPING_GROUP, 'bare Lexical keystroke p50', bare.p50, plain.p50, 'plain contenteditable'));
    rows.push(row(TYPING_GROUP, 'bare Lexical keystroke p95', bare.p95, plain.p95, 'plain contenteditable'));
    rows.push(row(TYPING_GROUP, 'bare Lexical keystroke p99', bare.p99, plain.p99, 'plain contenteditable'));
  }
  /** The three rows of a typing variant: Galley against bare Lexical on the same document. */
  const variantRows = (group: string, results: readonly TypingResult[] | undefined) => {
    const galleyVariant = results?.find((t) => t.name === 'Galley')?.summary;
    const bareVariant = results?.find((t) => t.name === 'bare Lexical')?.summary;
    if (!galleyVariant || !bareVariant) return;
    rows.push(row(group, 'Galley keystroke p50', galleyVariant.p50, bareVariant.p50, 'bare Lexical'));
    rows.push(row(group, 'Galley keystroke p95', galleyVariant.p95, bareVariant.p95, 'bare Lexical', { maxRatio: 1.15 }));
    rows.push(row(group, 'Galley keystroke p99', galleyVariant.p99, bareVariant.p99, 'bare Lexical'));
  };
  variantRows(TYPING_CITED_GROUP, d.typingCited?.results);
  variantRows(TYPING_REVIEWED_GROUP, d.typingReviewed?.results);
  const galleyOpen = d.open.find((o) => o.name === 'Galley');
  const bareOpen = d.open.find((o) => o.name === 'bare Lexical');
  if (galleyOpen && bareOpen) {
    const runs = galleyOpen.rendered.n;
    rows.push(row(OPEN_GROUP, `click to rendered, median of ${runs}`, galleyOpen.rendered.p50, bareOpen.rendered.p50, 'bare Lexical', { maxRatio: 1.2 }));
    // For information: the same runs as pairs (each Galley run against the bare run of the same round).
    const paired = medianPairedRatio(
      galleyOpen.samples.map((s) => s.rendered),
      bareOpen.samples.map((s) => s.rendered),
    );
    rows.push(row(OPEN_GROUP, 'click to rendered, median of the paired runs’ ratios', galleyOpen.rendered.p50, bareOpen.rendered.p50, 'bare Lexical', null, paired));
    rows.push(row(OPEN_GROUP, `click to page responsive again, median of ${runs}`, galleyOpen.settled.p50, bareOpen.settled.p50, 'bare Lexical'));
  }
  const perDocument = d.open.find((o) => o.name === 'bare Lexical, new editor per document');
  if (perDocument && bareOpen) {
    // Not Galley: separates what mounting a new editor per article costs from Galley's own code.
    rows.push(row(OPEN_GROUP, 'bare Lexical, new editor per document: rendered', perDocument.rendered.p50, bareOpen.rendered.p50, 'bare Lexical'));
  }
  const hinted = d.open.find((o) => o.name === 'bare Lexical, compiled at load');
  if (galleyOpen && hinted) {
    // Not the target's baseline: the bare page with the same build hint, so the ratio shows Galley's own code.
    rows.push(row(OPEN_GROUP, 'Galley rendered vs bare Lexical built with the same compile hint', galleyOpen.rendered.p50, hinted.rendered.p50, 'bare Lexical, hinted'));
  }
  if (galleyOpen && perDocument) {
    rows.push(row(OPEN_GROUP, 'Galley rendered vs bare Lexical with a new editor per document', galleyOpen.rendered.p50, perDocument.rendered.p50, 'bare Lexical, new editor'));
  }
  return rows;
}
