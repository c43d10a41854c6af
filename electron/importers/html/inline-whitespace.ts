import type { Inline, TextRun } from '../../../shared/content/render/tree';

/**
 * Collapses whitespace in inline content the way a browser displays HTML: runs of spaces,
 * tabs and newlines become one space, and spaces vanish at the edges of a block and
 * around line breaks. Text marked `preformatted` by the caller must not be passed here.
 *
 * Also drops empty runs, empty links, breaks at the edges of the block and more than two
 * breaks in a row (a blank line is the most any layout needs).
 */
export function collapseWhitespace(inlines: readonly Inline[]): Inline[] {
  // The text run last written and whether it ended in a space, across link boundaries.
  const state: { lastText: TextRun | null; afterSpace: boolean } = { lastText: null, afterSpace: true };

  const walk = (items: readonly Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const item of items) {
      if (item.kind === 'text') {
        let text = item.text.replace(/[ \t\n\r\f]+/g, ' ');
        if (state.afterSpace) text = text.replace(/^ /, '');
        if (text === '') continue;
        state.afterSpace = text.endsWith(' ');
        state.lastText = { kind: 'text', text, format: item.format };
        out.push(state.lastText);
      } else if (item.kind === 'break') {
        if (state.lastText !== null) state.lastText.text = state.lastText.text.replace(/ $/, '');
        state.lastText = null;
        state.afterSpace = true;
        out.push(item);
      } else if (item.kind === 'link' || item.kind === 'citation') {
        const children = walk(item.children);
        if (children.length > 0) out.push({ ...item, children });
      } else {
        // A marker sits among the words: spaces on either side of it are kept as they were.
        state.lastText = null;
        state.afterSpace = false;
        out.push(item);
      }
    }
    return out;
  };

  const collapsed = walk(inlines);
  if (state.lastText !== null) state.lastText.text = state.lastText.text.replace(/ $/, '');
  return trimBreaks(dropEmpty(collapsed));
}

function dropEmpty(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const item of inlines) {
    if (item.kind === 'text' && item.text === '') continue;
    if (item.kind === 'link' || item.kind === 'citation') {
      const children = dropEmpty(item.children);
      if (children.length > 0) out.push({ ...item, children });
      continue;
    }
    out.push(item);
  }
  return out;
}

function trimBreaks(inlines: Inline[]): Inline[] {
  let start = 0;
  let end = inlines.length;
  while (start < end && inlines[start]?.kind === 'break') start += 1;
  while (end > start && inlines[end - 1]?.kind === 'break') end -= 1;
  const out: Inline[] = [];
  let breaks = 0;
  for (const item of inlines.slice(start, end)) {
    breaks = item.kind === 'break' ? breaks + 1 : 0;
    if (breaks <= 2) out.push(item);
  }
  return out;
}
