import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { importReferences, type ReferenceStore } from '../../../electron/sources/import/import-references';
import { cslToSource } from '../../../electron/sources/import/csl-to-source';
import { referenceFormat } from '../../../electron/sources/import/parse-references';
import { sameSource } from '../../../shared/sources/identity';
import type { Source, SourceFields } from '../../../shared/domain/source';

const BIBTEX = String.raw`
@article{smith2020,
  title = {Water {Quality} in the Danube},
  author = {Smith, Jane and Doe, John},
  journal = {Journal of Rivers},
  year = {2020}, month = mar,
  doi = {10.1000/rivers.2020.1}
}
@online{who2021,
  title = {Vaccination coverage},
  organization = {World Health Organization},
  url = {https://www.who.int/data/coverage},
  date = {2021-05-03},
  urldate = {2024-01-02}
}
@misc{again, title = {Vaccination coverage, again}, url = {http://who.int/data/coverage/}}
@book{notitle, author = {Roe, R.}, year = 1999}
`;

/** An in-memory library, as the service's transaction would give the import. */
function memoryStore(existing: Source[] = []) {
  const library = [...existing];
  const reused: string[] = [];
  const store: ReferenceStore = {
    findSame: (fields: SourceFields) => library.find((s) => sameSource(s, fields)) ?? null,
    insert: (fields: SourceFields) => {
      const source = { ...fields, id: randomUUID(), createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
      library.push(source);
      return source;
    },
    reuse: (source) => reused.push(source.id),
  };
  return { store, library, reused };
}

describe('importing reference files', () => {
  it('reads BibTeX through citation-js, maps types to kinds, reuses duplicates and explains what it skipped', () => {
    const { store, library } = memoryStore();
    const result = importReferences('zotero.bib', BIBTEX, store);
    expect(result.sources.map((s) => [s.kind, s.title, s.url, s.publisher, s.author, s.publishedDate, s.accessedDate])).toEqual([
      ['book_paper', 'Water Quality in the Danube', 'https://doi.org/10.1000/rivers.2020.1', 'Journal of Rivers', 'Jane Smith, John Doe', '', ''],
      ['web_page', 'Vaccination coverage', 'https://www.who.int/data/coverage', 'World Health Organization', '', '2021-05-03', '2024-01-02'],
    ]);
    expect(library).toHaveLength(2);
    expect(result.warnings).toEqual([
      'Skipped one entry: “notitle” (it has no title).',
      'Already in the library, so reused rather than added again: “Vaccination coverage”.',
      'Publication dates without a day were left empty (Galley keeps full dates only): “Water Quality in the Danube”.',
    ]);
  });

  it('reads CSL-JSON, a single item or a list, and reuses what the library already holds', () => {
    const first = memoryStore();
    importReferences('a.json', JSON.stringify({ type: 'dataset', title: 'Census 2021', publisher: 'ONS' }), first.store);
    const csl = JSON.stringify([
      { id: 'c1', type: 'dataset', title: 'Census  2021', publisher: 'ons' },
      { id: 'c2', type: 'post', title: 'A post', URL: 'https://social.example/@mayor/1', author: [{ literal: 'The Mayor' }] },
      { id: 'c3', type: 'interview', title: 'Talk with the mayor', author: [{ given: 'Ann', family: 'Lee' }] },
      { id: 'c4', type: 'report', title: 'Press release: new bridge', genre: 'Press Release', URL: 'ftp://old.example/x' },
    ]);
    const second = importReferences('export.json', csl, first.store);
    expect(second.sources.map((s) => s.kind)).toEqual(['dataset', 'social_post', 'interview', 'press_release']);
    expect(second.sources[0]?.id).toBe(first.library[0]?.id);
    expect(first.reused).toEqual([first.library[0]?.id]);
    expect(second.sources[2]?.interview).toEqual({ name: 'Ann Lee', role: '', contact: '', attribution: 'on_the_record' });
    expect(second.sources[3]?.url).toBe('');
  });

  it.each([
    ['text that is neither format', 'notes.txt', 'just some words', /cannot read “notes.txt” as references/],
    ['broken BibTeX', 'x.bib', '@article{x, title = {Unclosed', /not readable BibTeX/],
    ['broken JSON', 'x.json', '[{"title": ', /not readable CSL-JSON/],
    ['a file of entries none of which can be used', 'x.json', '[{"type": "book"}, {"title": "  "}]', /No reference in “x.json” could be imported/],
  ])('refuses %s with a message', (_what, name, text, message) => {
    expect(() => importReferences(name, text, memoryStore().store)).toThrow(message);
  });

  it('never fetches: a line that is an address is not a reference', () => {
    expect(() => importReferences('refs.bib', 'https://example.org/refs.bib', memoryStore().store)).toThrow(/holds no references|could be imported/);
  });

  it('tells formats apart by extension, else by the first character', () => {
    expect(referenceFormat('a.BIB', '[')).toBe('bibtex');
    expect(referenceFormat('paste', '  [{"title":"x"}]')).toBe('csl-json');
    expect(referenceFormat('paste', '@book{x}')).toBe('bibtex');
    expect(referenceFormat('paste', 'hello')).toBeNull();
  });

  it('clips over-long fields instead of losing the entry', () => {
    const converted = cslToSource({ type: 'webpage', title: 'T'.repeat(900), publisher: 'P'.repeat(400) });
    expect(converted.ok && [...converted.fields.title].length).toBe(500);
    expect(converted.ok && [...converted.fields.publisher].length).toBe(300);
  });
});
