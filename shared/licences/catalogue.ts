/**
 * The licences an image in Galley can carry: Creative Commons (every BY variant in each
 * version that exists), CC0, the Public Domain Mark, and the newsroom's own terms (staff,
 * wire agency, handout, used with permission, fair use / fair dealing).
 *
 * Ids are stable strings stored in the database and printed by `galley assets add --json`;
 * a Creative Commons id ignores the jurisdiction port (by/3.0/de is `cc-by-3.0`), whose
 * exact address is kept beside the id as the licence URL.
 */

export const CC_VARIANTS = ['by', 'by-sa', 'by-nd', 'by-nc', 'by-nc-sa', 'by-nc-nd'] as const;
export type CcVariant = (typeof CC_VARIANTS)[number];

/** Every version Creative Commons published; 2.1 exists only as jurisdiction ports. */
export const CC_VERSIONS = ['1.0', '2.0', '2.1', '2.5', '3.0', '4.0'] as const;
export type CcVersion = (typeof CC_VERSIONS)[number];

export const NEWSROOM_LICENCES = ['staff', 'wire', 'handout', 'permission', 'fair-use'] as const;
export type NewsroomLicence = (typeof NEWSROOM_LICENCES)[number];

export type CcLicenceId = `cc-${CcVariant}-${CcVersion}`;
export type LicenceId = CcLicenceId | 'cc0-1.0' | 'pdm-1.0' | NewsroomLicence;

/** What else a licence needs written down before an image may run under it. */
export type LicenceDetail = 'agency' | 'licenceReference' | 'expiry' | 'permissionGrantedBy' | 'fairUseJustification';

export interface Licence {
  id: LicenceId;
  /** As a person reads it in a picker: "Creative Commons Attribution-ShareAlike 4.0". */
  name: string;
  /** As it goes in a credit line: "CC BY-SA 4.0". Empty for terms a credit line does not name. */
  short: string;
  /** The canonical deed, for Creative Commons and the public domain tools. */
  url: string | null;
  group: 'Creative Commons' | 'Public domain' | 'Newsroom';
  /** Not for commercial use (NC). */
  nonCommercial: boolean;
  /** No derivatives (ND): no cropping, no edits. */
  noDerivatives: boolean;
  /** Share-alike (SA). */
  shareAlike: boolean;
  publicDomain: boolean;
  /** Fields the Rights panel asks for with this licence (agency name, who granted permission…). */
  details: readonly LicenceDetail[];
}

const VARIANT_NAMES: Record<CcVariant, string> = {
  by: 'Attribution',
  'by-sa': 'Attribution-ShareAlike',
  'by-nd': 'Attribution-NoDerivatives',
  'by-nc': 'Attribution-NonCommercial',
  'by-nc-sa': 'Attribution-NonCommercial-ShareAlike',
  'by-nc-nd': 'Attribution-NonCommercial-NoDerivatives',
};

export const ccLicenceId = (variant: CcVariant, version: CcVersion): CcLicenceId => `cc-${variant}-${version}`;

/** The canonical deed of a Creative Commons licence, optionally a jurisdiction port ("de", "uk"…). */
export function ccDeedUrl(variant: CcVariant, version: CcVersion, port: string | null = null): string {
  // Version 1.0 spelled BY-NC-ND "by-nd-nc"; its deed still lives at that address.
  const path = version === '1.0' && variant === 'by-nc-nd' ? 'by-nd-nc' : variant;
  return `https://creativecommons.org/licenses/${path}/${version}/${port === null ? '' : `${port}/`}`;
}

function ccLicence(variant: CcVariant, version: CcVersion): Licence {
  return {
    id: ccLicenceId(variant, version),
    name: `Creative Commons ${VARIANT_NAMES[variant]} ${version}`,
    short: `CC ${variant.toUpperCase()} ${version}`,
    url: ccDeedUrl(variant, version),
    group: 'Creative Commons',
    nonCommercial: variant.includes('nc'),
    noDerivatives: variant.includes('nd'),
    shareAlike: variant.includes('sa'),
    publicDomain: false,
    details: [],
  };
}

const newsroom = (id: NewsroomLicence, name: string, short: string, details: readonly LicenceDetail[]): Licence => ({
  id,
  name,
  short,
  url: null,
  group: 'Newsroom',
  nonCommercial: false,
  noDerivatives: false,
  shareAlike: false,
  publicDomain: false,
  details,
});

/** Newest versions first, so a picker offers 4.0 before 1.0. */
export const LICENCES: readonly Licence[] = [
  {
    id: 'cc0-1.0',
    name: 'CC0 1.0 (public domain dedication)',
    short: 'CC0 1.0',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
    group: 'Public domain',
    nonCommercial: false,
    noDerivatives: false,
    shareAlike: false,
    publicDomain: true,
    details: [],
  },
  {
    id: 'pdm-1.0',
    name: 'Public Domain Mark 1.0',
    short: 'public domain',
    url: 'https://creativecommons.org/publicdomain/mark/1.0/',
    group: 'Public domain',
    nonCommercial: false,
    noDerivatives: false,
    shareAlike: false,
    publicDomain: true,
    details: [],
  },
  ...[...CC_VERSIONS].reverse().flatMap((version) => CC_VARIANTS.map((variant) => ccLicence(variant, version))),
  newsroom('staff', 'Staff (our own photographer)', '', []),
  newsroom('wire', 'Wire agency', '', ['agency', 'licenceReference', 'expiry']),
  newsroom('handout', 'Handout', 'handout', []),
  newsroom('permission', 'Used with permission', 'used with permission', ['permissionGrantedBy']),
  newsroom('fair-use', 'Fair use / fair dealing', '', ['fairUseJustification']),
];

const BY_ID: ReadonlyMap<string, Licence> = new Map(LICENCES.map((licence) => [licence.id, licence]));

export const LICENCE_IDS = LICENCES.map((licence) => licence.id) as [LicenceId, ...LicenceId[]];

export function licenceById(id: string): Licence | null {
  return BY_ID.get(id) ?? null;
}

export const isLicenceId = (id: string): id is LicenceId => BY_ID.has(id);
