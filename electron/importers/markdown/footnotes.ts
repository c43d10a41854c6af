import type { PartBudget } from '../budget';
import type { LinkDefinition } from './blocks';
import { inlineMarkdownToHtml } from './inline';

/**
 * Footnotes in Markdown, as GitHub, Pandoc and Galley's own export write them:
 *
 *   A claim.[^1]
 *
 *   [^1]: The note, which may go on
 *       on indented lines.
 *
 * The definitions are taken out of the text before it is parsed (they are not body text)
 * and written back after it as HTML notes linked both ways, which the HTML importer then
 * turns into footnote markers like any other linked notes.
 */

const DEFINITION = /^ {0,3}\[\^([^\]\s]{1,40})\]:[ \t]?(.*)$/;
const REFERENCE = /\[\^([^\]\s]{1,40})\]/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export interface MarkdownNotes {
  /** The Markdown without its footnote definitions. */
  content: string;
  notes: Map<string, string>;
}

/** Takes footnote definitions out of Markdown (outside fenced code). */
export function takeFootnoteDefinitions(markdown: string): MarkdownNotes {
  const notes = new Map<string, string>();
  const kept: string[] = [];
  let fence: string | null = null;
  let current: string | null = null;
  for (const line of markdown.split('\n')) {
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      if (fenceMatch?.[1]?.startsWith(fence) === true) fence = null;
      kept.push(line);
      continue;
    }
    const definition = DEFINITION.exec(line);
    if (definition !== null) {
      current = definition[1] ?? '';
      if (!notes.has(current)) notes.set(current, (definition[2] ?? '').trim());
      continue;
    }
    if (current !== null && /^(?: {4}|\t)/.test(line) && line.trim() !== '') {
      notes.set(current, `${notes.get(current) ?? ''}\n${line.trim()}`.trim());
      continue;
    }
    if (line.trim() !== '') current = null;
    if (fenceMatch !== null) fence = fenceMatch[1]?.charAt(0).repeat(3) ?? null;
    kept.push(line);
  }
  return { content: kept.join('\n'), notes };
}

const id = (label: string): string => encodeURIComponent(label).replace(/%/g, '_');

/** The converted HTML with each `[^label]` that has a note linked to it, and the notes appended. */
export function linkFootnotes(html: string, notes: ReadonlyMap<string, string>, definitions: ReadonlyMap<string, LinkDefinition>, budget: PartBudget | null): string {
  if (notes.size === 0) return html;
  const used = new Set<string>();
  // Code keeps `[^1]` as it was written: only the text between code spans and blocks is linked.
  const linked = html
    .split(/(<pre[\s>][\s\S]*?<\/pre>|<code[\s>][\s\S]*?<\/code>)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(REFERENCE, (whole, label: string) => {
            if (!notes.has(label)) return whole;
            used.add(label);
            return `<sup><a href="#fn-${id(label)}" id="fnref-${id(label)}">${label}</a></sup>`;
          }),
    )
    .join('');
  const items = [...used].map((label) => {
    const note = (notes.get(label) ?? '')
      .split('\n')
      .map((line) => inlineMarkdownToHtml(line, definitions, budget))
      .join('<br>');
    return `<li id="fn-${id(label)}">${note} <a href="#fnref-${id(label)}">↩</a></li>`;
  });
  return items.length === 0 ? linked : `${linked}\n<ol>\n${items.join('\n')}\n</ol>`;
}
