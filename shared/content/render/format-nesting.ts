import type { Inline } from './tree';

/** What to do before one segment: close these formats (innermost first), then open these (outermost first). */
export interface FormatStep {
  close: number[];
  open: number[];
}

/**
 * Plans properly nested markup for a run of differently formatted segments.
 *
 * Lexical stores formats as flat bits per text node, while HTML tags and Markdown
 * delimiters must nest. Keeping a stack of open formats, closing only what stops and
 * opening what starts, gives `<strong>a <em>b</em></strong>` rather than a tag pair per
 * node. A format that runs further is opened first (outermost) so it is split least.
 *
 * `formats[i]` is segment i's bitmask; only the bits in `tracked` are planned, in that
 * order of preference when two formats run equally far. Returns one step per segment and
 * the formats left to close at the end.
 */
export function planFormats(formats: readonly number[], tracked: readonly number[]): { steps: FormatStep[]; closeAtEnd: number[] } {
  const n = formats.length;
  // runEnd.get(flag)[i]: index just past the run of segments that carry `flag` from i.
  const runEnd = new Map<number, Int32Array>();
  for (const flag of tracked) {
    const ends = new Int32Array(n + 1);
    ends[n] = n;
    for (let i = n - 1; i >= 0; i -= 1) ends[i] = ((formats[i] ?? 0) & flag) !== 0 ? (ends[i + 1] ?? n) : i;
    runEnd.set(flag, ends);
  }
  const stack: number[] = [];
  const steps: FormatStep[] = [];
  for (let i = 0; i < n; i += 1) {
    const wanted = formats[i] ?? 0;
    const firstStale = stack.findIndex((flag) => (wanted & flag) === 0);
    const close = firstStale === -1 ? [] : stack.splice(firstStale).reverse();
    const open = tracked
      .filter((flag) => (wanted & flag) !== 0 && !stack.includes(flag))
      .sort((a, b) => (runEnd.get(b)?.[i] ?? 0) - (runEnd.get(a)?.[i] ?? 0));
    stack.push(...open);
    steps.push({ close, open });
  }
  return { steps, closeAtEnd: stack.reverse() };
}

/** The formats every text run inside some inline content shares (0 when it has no text). */
export function commonFormat(inlines: readonly Inline[]): number {
  let common: number | null = null;
  for (const inline of inlines) {
    const format =
      inline.kind === 'text' ? inline.format : inline.kind === 'link' || inline.kind === 'citation' ? commonFormat(inline.children) : null;
    if (format !== null) common = common === null ? format : common & format;
  }
  return common ?? 0;
}

/**
 * The format each inline should be planned with. A link or citation takes what all its
 * text shares (the rest is planned inside it); a line break or a marker takes what both
 * neighbours share, so a break inside bold text does not close and reopen the bold.
 */
export function planningFormats(inlines: readonly Inline[], mask: number): number[] {
  const own = inlines.map((inline) =>
    inline.kind === 'text'
      ? inline.format & mask
      : inline.kind === 'link' || inline.kind === 'citation'
        ? commonFormat(inline.children) & mask
        : null,
  );
  // Nearest known format on each side, found in two linear passes.
  const before: number[] = [];
  let last = 0;
  for (const format of own) {
    before.push(last);
    if (format !== null) last = format;
  }
  const result = new Array<number>(own.length);
  let next = 0;
  for (let i = own.length - 1; i >= 0; i -= 1) {
    const format = own[i] ?? null;
    result[i] = format ?? ((before[i] ?? 0) & next);
    if (format !== null) next = format;
  }
  return result;
}
