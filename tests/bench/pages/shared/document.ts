/**
 * Where the benchmark's static server serves the long read, as Lexical's serialized editor
 * state; `?doc=cited` asks for the variant with citations and footnotes (as links and
 * superscript numbers, see tests/bench/data/cited-read.ts), `?doc=reviewed` the one under review
 * (comment and claim marks as highlighted and underlined runs, see tests/bench/data/reviewed-read.ts).
 */
const VARIANTS: Readonly<Record<string, string>> = { cited: '/data/cited-read.json', reviewed: '/data/reviewed-read.json' };
export const DOCUMENT_URL = VARIANTS[new URLSearchParams(window.location.search).get('doc') ?? ''] ?? '/data/long-read.json';

/** Fetches the long read: the part of opening an article that is the network and JSON parsing. */
export async function fetchDocument(): Promise<unknown> {
  const response = await fetch(DOCUMENT_URL);
  if (!response.ok) throw new Error(`the long read is not served (${response.status})`);
  return response.json() as Promise<unknown>;
}

/** Calls `open` on each click of the page's Open button. */
export function onOpenClicked(open: () => void): () => void {
  const button = document.getElementById('open');
  if (button === null) throw new Error('the page has no Open button');
  button.addEventListener('click', open);
  return () => button.removeEventListener('click', open);
}
