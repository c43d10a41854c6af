import type { StyleRules } from '../../../shared/style/rules';
import {
  addNameCounts,
  compileStyle,
  isReportable,
  matchText,
  mixedGroups,
  type CompiledStyle,
  type NameCounts,
  type StyleMatch,
} from '../../../shared/style/matcher';

interface BlockEntry {
  text: string;
  matches: StyleMatch[];
}

/**
 * The house-style matches of a live document, per top-level block (by Lexical key). A block
 * is matched again only when its text changed; the article-wide counts of each name's
 * spellings are kept up to date from the per-block results, so deciding whether a name is
 * mixed never needs the whole document.
 */
export class StyleIndex {
  private readonly compiled: CompiledStyle;
  private readonly blocks = new Map<string, BlockEntry>();
  private readonly counts: NameCounts = new Map();
  private mixed = new Set<number>();

  constructor(readonly rules: StyleRules) {
    this.compiled = compileStyle(rules);
  }

  /**
   * Records a block's current text. Returns the name groups whose mixed state changed (their
   * other blocks need redrawing too), or null when the block's text did not change.
   */
  set(key: string, text: string): Set<number> | null {
    const old = this.blocks.get(key);
    if (old !== undefined && old.text === text) return null;
    const matches = matchText(this.compiled, text);
    if (old !== undefined) addNameCounts(this.counts, old.matches, -1);
    addNameCounts(this.counts, matches, 1);
    this.blocks.set(key, { text, matches });
    return this.refreshMixed();
  }

  /** Forgets a block that left the document; returns the name groups whose mixed state changed. */
  delete(key: string): Set<number> {
    const old = this.blocks.get(key);
    if (old === undefined) return new Set();
    addNameCounts(this.counts, old.matches, -1);
    this.blocks.delete(key);
    return this.refreshMixed();
  }

  /** The name groups the whole indexed text spells two or more ways. */
  get mixedGroups(): ReadonlySet<number> {
    return this.mixed;
  }

  keys(): IterableIterator<string> {
    return this.blocks.keys();
  }

  /** The matches to show in a block: every preferred form, banned word and number; names only where mixed. */
  shown(key: string): StyleMatch[] {
    return (this.blocks.get(key)?.matches ?? []).filter((match) => isReportable(match, this.mixed, this.rules));
  }

  /** The blocks with a match of any of these name groups. */
  blocksWithGroups(groups: ReadonlySet<number>): string[] {
    if (groups.size === 0) return [];
    const keys: string[] = [];
    for (const [key, entry] of this.blocks) {
      if (entry.matches.some((match) => match.nameGroup !== undefined && groups.has(match.nameGroup))) keys.push(key);
    }
    return keys;
  }

  get size(): number {
    let total = 0;
    for (const key of this.blocks.keys()) total += this.shown(key).length;
    return total;
  }

  private refreshMixed(): Set<number> {
    const next = mixedGroups(this.counts);
    const changed = new Set<number>();
    for (const group of next) if (!this.mixed.has(group)) changed.add(group);
    for (const group of this.mixed) if (!next.has(group)) changed.add(group);
    this.mixed = next;
    return changed;
  }
}
