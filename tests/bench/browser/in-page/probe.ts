/**
 * Runs inside every page the browser benchmarks load (Galley, the bare Lexical page, the
 * plain contenteditable), injected before the page's own scripts, so that all three are
 * measured by the same code in the same way.
 *
 * "Latency" is from the input event's own timestamp (when the browser received it) to the
 * first moment after the next frame was produced: a requestAnimationFrame callback runs
 * just before the frame's style, layout and paint, and a message posted from it is
 * delivered only once that frame is done.
 *
 * Bundled by esbuild into one script (see ../probe-script.ts); no imports.
 */

/** Milliseconds from the click. */
interface RenderTiming {
  /** The frame with the whole document in it is laid out (about to be painted). */
  rendered: number;
  /** That frame is done and the page has run what it had queued before it: it can take input again. */
  settled: number;
}

interface BenchProbe {
  /** Latencies of every keydown so far, in order. */
  readonly keystrokes: number[];
  /** Resolves when at least `count` keystrokes have been measured. */
  waitForKeystrokes(count: number): Promise<number>;
  /** Measures from the next click to when `selector`'s last child reads `lastText`. */
  watchRender(selector: string, lastText: string): void;
  rendered(): Promise<RenderTiming>;
  /** Scrolls block `index` of `selector` to the middle of the screen and puts the caret in its text. */
  placeCaret(selector: string, index: number): boolean;
  /** Resolves after two complete frames: what was scheduled before has run. */
  settle(): Promise<void>;
  blockText(selector: string, index: number): string;
  /**
   * Resolves once `selector`'s last child reads `lastText` (the whole document is in the
   * DOM), checking once a frame. Here rather than in Playwright's waitForFunction, which
   * evaluates a string predicate with eval() and so fails under Galley's CSP.
   */
  waitForDocument(selector: string, lastText: string): Promise<void>;
}

function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback();
    channel.port2.postMessage(null);
  });
}

const keystrokes: number[] = [];
let keystrokeWaiter: { count: number; resolve: (n: number) => void } | null = null;

window.addEventListener(
  'keydown',
  (event) => {
    const started = event.timeStamp;
    afterNextPaint(() => {
      keystrokes.push(performance.now() - started);
      if (keystrokeWaiter !== null && keystrokes.length >= keystrokeWaiter.count) {
        const waiter = keystrokeWaiter;
        keystrokeWaiter = null;
        waiter.resolve(keystrokes.length);
      }
    });
  },
  { capture: true },
);

let renderResult: Promise<RenderTiming> | null = null;

function watchRender(selector: string, lastText: string): void {
  renderResult = new Promise<RenderTiming>((resolve) => {
    window.addEventListener(
      'click',
      (event) => {
        const started = event.timeStamp;
        // Checked once a frame, in requestAnimationFrame, the same way for every page.
        const poll = () => {
          const last = document.querySelector(selector)?.lastElementChild;
          if (last?.textContent !== lastText) {
            requestAnimationFrame(poll);
            return;
          }
          // Reading a box forces this frame's style and layout now, so "rendered" includes
          // laying out the document; painting what is on screen comes right after.
          last.getBoundingClientRect();
          const rendered = performance.now() - started;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ rendered, settled: performance.now() - started });
          channel.port2.postMessage(null);
        };
        requestAnimationFrame(poll);
      },
      { capture: true, once: true },
    );
  });
}

function firstTextNode(element: Element): Text | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if ((node.textContent ?? '').length > 20) return node as Text;
  }
  return null;
}

function placeCaret(selector: string, index: number): boolean {
  const container = document.querySelector<HTMLElement>(selector);
  const block = container?.children[index];
  if (!container || !block) return false;
  block.scrollIntoView({ block: 'center' });
  container.focus();
  const text = firstTextNode(block);
  if (text === null) return false;
  // After a space near the middle: typing starts a new word inside the sentence.
  const content = text.data;
  const space = content.indexOf(' ', Math.floor(content.length / 2));
  const offset = space === -1 ? content.length : space + 1;
  const selection = document.getSelection();
  selection?.setBaseAndExtent(text, offset, text, offset);
  return true;
}

// Set without declaring it on Window: that declaration would be global to the whole
// project's type check, renderer included.
const probe: BenchProbe = {
  keystrokes,
  waitForKeystrokes: (count) =>
    keystrokes.length >= count
      ? Promise.resolve(keystrokes.length)
      : new Promise<number>((resolve) => {
          keystrokeWaiter = { count, resolve };
        }),
  watchRender,
  rendered: () => renderResult ?? Promise.reject(new Error('watchRender was not called')),
  placeCaret,
  settle: () => new Promise<void>((resolve) => requestAnimationFrame(() => afterNextPaint(resolve))),
  blockText: (selector, index) => document.querySelector(selector)?.children[index]?.textContent ?? '',
  waitForDocument: (selector, lastText) =>
    new Promise<void>((resolve) => {
      const poll = () => {
        if (document.querySelector(selector)?.lastElementChild?.textContent === lastText) resolve();
        else requestAnimationFrame(poll);
      };
      poll();
    }),
};
Object.assign(window, { galleyBench: probe });

export {};
