import type { ImageRights } from '../domain/asset';
import { creditParts, type CreditInput, type CreditPart } from './credit';

/** The TASL inputs an image's rights supply. */
export function creditInput(rights: ImageRights): CreditInput {
  return {
    creator: rights.creator,
    creditLine: rights.creditLine,
    agency: rights.agency,
    licensor: rights.licensor,
    sourceUrl: rights.sourceUrl,
    licence: rights.licence,
    permissionGrantedBy: rights.permissionGrantedBy,
  };
}

/** The credit line generated from an image's rights; empty when there is nothing to credit. */
export function generatedCreditParts(rights: ImageRights): CreditPart[] {
  return creditParts(creditInput(rights));
}

export interface FigureCredit {
  parts: CreditPart[];
  text: string;
  /** False when the figure's own credit line overrides the generated one. */
  generated: boolean;
}

/** What a figure is credited with: its own credit line if it has one, otherwise the generated one. */
export function figureCredit(override: string, rights: ImageRights | null): FigureCredit {
  const own = override.replace(/\s+/g, ' ').trim();
  if (own !== '') return { parts: [{ text: own, href: null }], text: own, generated: false };
  const parts = rights === null ? [] : generatedCreditParts(rights);
  return { parts, text: parts.map((part) => part.text).join(''), generated: true };
}
