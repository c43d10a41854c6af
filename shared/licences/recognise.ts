import {
  CC_VERSIONS,
  ccDeedUrl,
  ccLicenceId,
  licenceById,
  type CcVariant,
  type CcVersion,
  type LicenceId,
} from './catalogue';

/** A licence as recorded on an image: which one, and the exact deed (a jurisdiction port keeps its own address). */
export interface LicenceRef {
  id: LicenceId;
  url: string | null;
}

const isVersion = (value: string): value is CcVersion => (CC_VERSIONS as readonly string[]).includes(value);

/** BY plus any of NC, ND, SA in any order ("by-nd-nc" is how version 1.0 wrote BY-NC-ND). */
function variantFrom(parts: readonly string[]): CcVariant | null {
  const [first, ...rest] = parts.map((part) => part.toLowerCase());
  if (first !== 'by' || new Set(rest).size !== rest.length) return null;
  if (rest.some((part) => part !== 'nc' && part !== 'nd' && part !== 'sa')) return null;
  const nc = rest.includes('nc');
  const nd = rest.includes('nd');
  const sa = rest.includes('sa');
  if (nd && sa) return null; // no such licence: share-alike needs derivatives
  return (['by', nc ? 'nc' : '', nd ? 'nd' : '', sa ? 'sa' : ''].filter(Boolean).join('-') as CcVariant) || null;
}

function ccRef(variant: CcVariant, version: CcVersion, port: string | null): LicenceRef | null {
  const id = ccLicenceId(variant, version);
  return licenceById(id) === null ? null : { id, url: ccDeedUrl(variant, version, port) };
}

const PUBLIC_DOMAIN_MARK: LicenceRef = { id: 'pdm-1.0', url: 'https://creativecommons.org/publicdomain/mark/1.0/' };
const CC0: LicenceRef = { id: 'cc0-1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' };

/**
 * The licence a Creative Commons address stands for, in any of the forms found in image
 * metadata: http or https, with or without `www.`, any version from 1.0 to 4.0, a
 * jurisdiction port (`/3.0/de/`), a trailing `deed.xx`, `legalcode` or nothing at all.
 * Anything else, including a licence that never existed, is null.
 */
export function licenceFromUrl(raw: string): LicenceRef | null {
  const match = /^(?:https?:)?\/\/(?:www\.)?creativecommons\.org(\/[^?#\s]*)?/i.exec(raw.trim());
  if (match === null) return null;
  const segments = (match[1] ?? '/')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.toLowerCase());
  // The page name at the end (deed, deed.fr, legalcode, legalcode.de, rdf…) says nothing about the licence.
  if (segments.length > 0 && /^(deed|legalcode|rdf)(\.[a-z_-]+)?$|\.html?$/.test(segments.at(-1) ?? '')) segments.pop();
  const [root, kind, version, port, ...extra] = segments;
  if (root === 'publicdomain') {
    if (kind === 'zero' && version === '1.0') return CC0;
    if (kind === 'mark' && version === '1.0') return PUBLIC_DOMAIN_MARK;
    return null;
  }
  if (root !== 'licenses' || kind === undefined) return null;
  // The old public domain certification (creativecommons.org/licenses/publicdomain/).
  if (kind === 'publicdomain') return version === undefined ? PUBLIC_DOMAIN_MARK : null;
  if (version === undefined || !isVersion(version) || extra.length > 0) return null;
  if (port !== undefined && !/^[a-z]{2,8}$/.test(port)) return null;
  const variant = variantFrom(kind.split('-'));
  return variant === null ? null : ccRef(variant, version, port ?? null);
}

/**
 * Creative Commons addresses inside a sentence ("Licensed under https://creativecommons.org/…").
 * Only an address that starts where a word could: one inside another address (a share
 * link's `?u=https://creativecommons.org/…`, a path `//creativecommons.org/…`) names no licence.
 */
function urlsIn(text: string): string[] {
  return [...text.matchAll(/(?<![^\s"'<>()[\]{},;])(?:https?:)?\/\/(?:www\.)?creativecommons\.org\/[^\s"'<>)\]]*/gi)].map((m) => m[0]);
}

const NAME_PARTS: Readonly<Record<string, string>> = {
  noncommercial: 'nc',
  noderivatives: 'nd',
  noderivs: 'nd',
  sharealike: 'sa',
};

/**
 * A port written after the version in a licence's name: "IGO" (intergovernmental
 * organisations) in any case, or a jurisdiction as two capitals ("FR"), so that a word
 * such as "by" or "in" after the version is not taken for one.
 */
const NAMED_PORT = /^\s+(?:([Ii][Gg][Oo])|([A-Z]{2}))\b/;
const portAfter = (text: string, end: number): string | null => {
  const match = NAMED_PORT.exec(text.slice(end));
  return match === null ? null : (match[1] ?? match[2] ?? '').toLowerCase();
};

/** "CC BY-SA 4.0", "cc-by-nc 2.0", "Creative Commons Attribution-ShareAlike 3.0". */
function licenceFromName(text: string): LicenceRef | null {
  const short = /\bCC[\s-]?(BY(?:[\s-](?:NC|ND|SA)){0,2})[\s-]+v?(\d\.\d)\b/i.exec(text);
  if (short !== null) {
    const variant = variantFrom((short[1] ?? '').split(/[\s-]/));
    const version = short[2] ?? '';
    if (variant !== null && isVersion(version)) return ccRef(variant, version, portAfter(text, short.index + short[0].length));
  }
  const long = /\bCreative\s+Commons\s+Attribution((?:[\s-]+(?:Non-?Commercial|NoDerivatives|NoDerivs|Share[\s-]?Alike))*)\s+(?:License\s+)?v?(\d\.\d)\b/i.exec(text);
  if (long !== null) {
    const parts = (long[1] ?? '')
      .toLowerCase()
      .replace(/non-commercial/g, 'noncommercial')
      .replace(/share[\s-]alike/g, 'sharealike')
      .split(/[\s-]+/)
      .filter((part) => part !== '')
      .map((part) => NAME_PARTS[part] ?? part);
    const variant = variantFrom(['by', ...parts]);
    const version = long[2] ?? '';
    if (variant !== null && isVersion(version)) return ccRef(variant, version, portAfter(text, long.index + long[0].length));
  }
  // CC0 is a dedication, not the Public Domain Mark, however it is written.
  if (/\bCC[\s-]?0\b|\bCreative\s+Commons\s+Zero\b/i.test(text)) return CC0;
  return null;
}

/**
 * A notice that puts the work in the public domain: "publicDomain" (as some collections
 * write it in IPTC), "Public Domain", "This image is in the public domain". A notice that
 * mentions the public domain only to deny it ("not in the public domain") is not one.
 */
export function isPublicDomainNotice(text: string): boolean {
  if (!/public[\s_-]*domain/i.test(text)) return false;
  return !/\b(not|no longer|isn't|is not|never)\b/i.test(text);
}

/**
 * The licence a piece of free text names: a Creative Commons address first, then a
 * licence name, then a public domain notice. Null when it names none (most copyright
 * notices: "©2009 Julie Doe / Mugwum Press, all rights reserved").
 */
export function licenceFromText(text: string): LicenceRef | null {
  for (const url of urlsIn(text)) {
    const found = licenceFromUrl(url);
    if (found !== null) return found;
  }
  return licenceFromName(text) ?? (isPublicDomainNotice(text) ? PUBLIC_DOMAIN_MARK : null);
}
