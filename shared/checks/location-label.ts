import type { FindingLocation } from './finding';

const FIELD_NAMES: Readonly<Record<string, string>> = {
  headline: 'headline',
  dek: 'standfirst',
  bylines: 'byline',
  section: 'section',
  tags: 'tags',
  slug: 'slug',
  dateline: 'dateline',
};

/**
 * The paragraph a finding is in, counted from 1 as people count (a top-level block of the
 * body: a paragraph, heading, list or quotation), or null when it is not in one. Locations
 * keep the block's index from 0; every place that names it to a person goes through here.
 */
export function paragraphNumber(location: FindingLocation): number | null {
  switch (location.kind) {
    case 'paragraph':
      return location.index + 1;
    case 'text':
    case 'marker':
    case 'mark':
      return location.block + 1;
    default:
      return null;
  }
}

/** Where a finding is, in words a person reads (the Checks panel's subtitle, `galley check`'s output). Counts from 1. */
export function locationLabel(location: FindingLocation): string {
  const paragraph = `paragraph ${paragraphNumber(location) ?? ''}`;
  switch (location.kind) {
    case 'article':
      return 'the whole article';
    case 'field':
      return `the ${FIELD_NAMES[location.field] ?? location.field}`;
    case 'paragraph':
      return paragraph;
    case 'node':
      return 'the text';
    case 'asset':
      return 'an image';
    case 'text':
      return `${paragraph}, character ${location.offset + 1}`;
    case 'marker':
      return `${paragraph}, reference [${location.label}]`;
    case 'footnote':
      return 'a footnote';
    case 'source':
      return 'a source';
    case 'mark':
      return `${paragraph}, ${location.markId.startsWith('claim:') ? 'a marked claim' : 'a comment'}`;
  }
}
