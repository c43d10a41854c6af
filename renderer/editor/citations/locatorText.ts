import { LOCATOR_KINDS, type Locator } from '../../../shared/domain/source';

export const LOCATOR_LABELS: Readonly<Record<Locator['kind'], string>> = {
  page: 'Page',
  timestamp: 'Time',
  paragraph: 'Paragraph',
  quote: 'Quote',
};

export const LOCATOR_PLACEHOLDERS: Readonly<Record<Locator['kind'], string>> = {
  page: 'e.g. 12 or 12–14',
  timestamp: 'e.g. 01:23:45',
  paragraph: 'e.g. 4',
  quote: 'The words quoted from the source',
};

export const isLocatorKind = (value: string): value is Locator['kind'] => (LOCATOR_KINDS as readonly string[]).includes(value);

/** "p. 12", "at 01:23", "para. 4", a quotation: how a reader would write the place. */
export function locatorText(locator: Locator): string {
  switch (locator.kind) {
    case 'page':
      return `p. ${locator.value}`;
    case 'timestamp':
      return `at ${locator.value}`;
    case 'paragraph':
      return `para. ${locator.value}`;
    case 'quote':
      return `“${locator.value}”`;
  }
}
