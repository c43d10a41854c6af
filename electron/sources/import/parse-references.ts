import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { GalleyError } from '../../../shared/contract/errors';

/**
 * Reference files in, CSL-JSON items out, through citation-js (the library reference
 * managers' exports are read with; Galley does not parse BibTeX itself).
 *
 * The input type is always forced: citation-js would otherwise guess it, and one of its
 * guesses for a line that looks like an address is "fetch this URL". An import never
 * touches the network.
 */

export type ReferenceFormat = 'csl-json' | 'bibtex';


/** The format by extension (.json, .bib…), else by the first character (a JSON bracket, or BibTeX's @). */
export function referenceFormat(fileName: string, text: string): ReferenceFormat | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'csljson') return 'csl-json';
  if (extension === 'bib' || extension === 'bibtex' || extension === 'biblatex') return 'bibtex';
  const first = text.trimStart()[0];
  if (first === '[' || first === '{') return 'csl-json';
  if (first === '@' || first === '%') return 'bibtex';
  return null;
}

const FORCED_TYPE: Record<ReferenceFormat, string> = { 'csl-json': '@else/json', bibtex: '@biblatex/text' };

/** The file's entries as citation-js hands them over (CSL-JSON, unchecked: the caller validates each). */
export function parseReferences(fileName: string, text: string): { format: ReferenceFormat; items: unknown[] } {
  const format = referenceFormat(fileName, text);
  if (format === null) {
    throw new GalleyError('BAD_INPUT', `Galley cannot read “${fileName}” as references. Import a CSL-JSON (.json) or BibTeX (.bib) file, as Zotero and other reference managers export.`);
  }
  let items: unknown;
  try {
    items = plugins.input.chain(text, { forceType: FORCED_TYPE[format], generateGraph: false, target: '@csl/list+object' });
  } catch (error) {
    // The parsers' own words for a file built to exhaust them (too deep, too long) mean nothing to a person.
    const reason =
      error instanceof RangeError
        ? 'it is nested too deeply or expands to too much text to be a list of references'
        : error instanceof Error
          ? error.message.split('\n')[0]
          : String(error);
    const what = format === 'bibtex' ? 'BibTeX' : 'CSL-JSON';
    throw new GalleyError('BAD_INPUT', `“${fileName}” is not readable ${what}: ${reason}. Export it again from the reference manager.`);
  }
  return { format, items: Array.isArray(items) ? items : [items] };
}
