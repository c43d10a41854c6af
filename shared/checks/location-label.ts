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

/** Where a finding is, in words a person reads (the Checks panel's subtitle, `galley check`'s output). Counts from 1. */
export function locationLabel(location: FindingLocation): string {
  switch (location.kind) {
    case 'article':
      return 'the whole article';
    case 'field':
      return `the ${FIELD_NAMES[location.field] ?? location.field}`;
    case 'paragraph':
      return `paragraph ${location.index + 1}`;
    case 'node':
      return 'the text';
    case 'asset':
      return 'an image';
    case 'text':
      return `paragraph ${location.block + 1}, character ${location.offset + 1}`;
    case 'marker':
      return `paragraph ${location.block + 1}, reference [${location.label}]`;
    case 'footnote':
      return 'a footnote';
    case 'source':
      return 'a source';
    case 'mark':
      return `paragraph ${location.block + 1}, ${location.markId.startsWith('claim:') ? 'a marked claim' : 'a comment'}`;
  }
}
