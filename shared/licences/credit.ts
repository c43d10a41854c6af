import { licenceById } from './catalogue';
import type { LicenceRef } from './recognise';

/** One piece of a credit line; `href` makes it a link where the line is shown as HTML. */
export interface CreditPart {
  text: string;
  href: string | null;
}

/** What a credit line is made from: the TASL of Creative Commons (title, author, source, licence). */
export interface CreditInput {
  title?: string;
  creator: string;
  /** Where the image came from, as credited: IPTC Credit Line ("Mugwum Press", "Wikimedia Commons"). */
  creditLine: string;
  /** A wire agency's name, used when there is no credit line. */
  agency?: string;
  licensor?: string;
  /** The page the image came from (linked from the source). */
  sourceUrl?: string;
  licence: LicenceRef | null;
  /** Who gave permission (licence "used with permission"). */
  permissionGrantedBy?: string;
}

const tidy = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
const http = (url: string | null | undefined): string | null => {
  const value = tidy(url ?? '');
  return /^https?:\/\/[^\s]+$/i.test(value) ? value : null;
};
const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

function licenceLabel(input: CreditInput): CreditPart | null {
  if (input.licence === null) return null;
  const licence = licenceById(input.licence.id);
  if (licence === null) return null;
  if (licence.id === 'permission') {
    const who = tidy(input.permissionGrantedBy);
    return { text: who === '' ? 'used with permission' : `used with permission of ${who}`, href: null };
  }
  if (licence.short === '') return null;
  return { text: licence.short, href: http(input.licence.url) ?? licence.url };
}

/**
 * The credit line in the Creative Commons TASL form, as parts that can be shown as text or
 * as HTML with links: `Image by Firebrace, via Wikimedia Commons (CC BY 4.0)`, or with a
 * title `“Harbour at dawn” by Firebrace, via …`. Who made it and where it came from are the
 * core: with neither, there is nothing to credit and the result is empty.
 */
export function creditParts(input: CreditInput): CreditPart[] {
  const title = tidy(input.title);
  const creator = tidy(input.creator);
  const via = [input.creditLine, input.agency, input.licensor].map(tidy).find((name) => name !== '') ?? '';
  if (creator === '' && via === '') return [];
  const parts: CreditPart[] = [];
  const push = (text: string, href: string | null = null) => parts.push({ text, href });
  if (title !== '') push(`“${title}”`, http(input.sourceUrl));
  else push('Image');
  const linkSourceOnVia = title === '';
  const viaHref = linkSourceOnVia ? http(input.sourceUrl) : null;
  if (creator === '') {
    push(' via ');
    push(via, viaHref);
  } else {
    push(` by ${creator}`);
    if (via !== '' && !same(via, creator)) {
      push(', via ');
      push(via, viaHref);
    }
  }
  const licence = licenceLabel(input);
  if (licence !== null) {
    push(' (');
    parts.push(licence);
    push(')');
  }
  return mergePlain(parts);
}

/** Neighbouring parts without links become one, so the line is a few runs rather than many. */
function mergePlain(parts: CreditPart[]): CreditPart[] {
  const out: CreditPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last !== undefined && last.href === null && part.href === null) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** The credit line as plain text; empty when none can be generated. */
export function creditText(input: CreditInput): string {
  return creditParts(input)
    .map((part) => part.text)
    .join('');
}
