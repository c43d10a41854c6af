import type { Source, SourceFields } from '../../../shared/domain/source';
import { GalleyError } from '../../../shared/contract/errors';
import { redactSource } from '../../../shared/sources/redaction';
import { parseReferences } from './parse-references';
import { cslToSource, entryLabel } from './csl-to-source';

export interface ImportedReferences {
  /** Every source the file named, in file order, each once: created now or reused from the library. */
  sources: Source[];
  /** What a person should know: skipped entries, reused ones, dates that were too vague to keep. */
  warnings: string[];
}

/** How the import reaches the library; the service runs it inside one transaction. */
export interface ReferenceStore {
  findSame(fields: SourceFields): Source | null;
  insert(fields: SourceFields): Source;
  reuse(source: Source): void;
}

/** More entries than any article cites; a file beyond it is a whole library, better imported in parts. */
export const MAX_REFERENCE_ENTRIES = 2000;
const MAX_LISTED = 10;

function listed(labels: readonly string[]): string {
  const shown = labels.slice(0, MAX_LISTED).join(', ');
  return labels.length > MAX_LISTED ? `${shown} and ${labels.length - MAX_LISTED} more` : shown;
}

/**
 * Adds a reference file's entries to the library. An entry that is the same as a library
 * source (same address, or same title and publisher; see shared/sources/identity), or as
 * an earlier entry of the file, is reused rather than added again.
 */
export function importReferences(fileName: string, text: string, store: ReferenceStore): ImportedReferences {
  const { items } = parseReferences(fileName, text);
  if (items.length === 0) throw new GalleyError('BAD_INPUT', `“${fileName}” holds no references.`);
  if (items.length > MAX_REFERENCE_ENTRIES) {
    throw new GalleyError('BAD_INPUT', `“${fileName}” holds ${items.length} references; import at most ${MAX_REFERENCE_ENTRIES} at a time.`);
  }
  const out: Source[] = [];
  const seen = new Set<string>();
  const skipped: string[] = [];
  const reused: string[] = [];
  const vagueDates: string[] = [];
  items.forEach((item, index) => {
    const converted = cslToSource(item);
    if (!converted.ok) {
      skipped.push(`${entryLabel(item, index)} (${converted.reason})`);
      return;
    }
    if (converted.partialDate) vagueDates.push(`“${converted.fields.title}”`);
    const existing = store.findSame(converted.fields);
    const source = existing ?? store.insert(converted.fields);
    if (existing !== null) {
      store.reuse(existing);
      reused.push(`“${redactSource(existing).title}”`);
    }
    if (!seen.has(source.id)) {
      seen.add(source.id);
      out.push(source);
    }
  });
  if (out.length === 0) throw new GalleyError('BAD_INPUT', `No reference in “${fileName}” could be imported: ${listed(skipped)}.`);

  const warnings: string[] = [];
  if (skipped.length > 0) warnings.push(`Skipped ${skipped.length === 1 ? 'one entry' : `${skipped.length} entries`}: ${listed(skipped)}.`);
  if (reused.length > 0) {
    warnings.push(`Already in the library, so reused rather than added again: ${listed(reused)}.`);
  }
  if (vagueDates.length > 0) {
    warnings.push(`Publication dates without a day were left empty (Galley keeps full dates only): ${listed(vagueDates)}.`);
  }
  return { sources: out, warnings };
}
