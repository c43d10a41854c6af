import { emptyRights, type ImageRights } from '../../shared/domain/asset';
import { isSyntheticSourceType } from '../../shared/licences/digital-source-type';
import { licenceFromText, licenceFromUrl, type LicenceRef } from '../../shared/licences/recognise';
import { cleanText } from '../../shared/content/render/clean-text';
import { isObject, type JsonObject } from '../../shared/json/narrow';

/**
 * Maps the metadata exifr reads (IPTC IIM, XMP and the TIFF fields, unmerged: one object per
 * block, keyed by the XMP prefix the file used) to Galley's rights fields. The input is
 * whatever the file carried, so every value is narrowed here and capped in length.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XMP arrives with XML character references undecoded ("Art &amp; Design", "&#xA;"). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A text value: a string, a number, a language alternative ({lang, value}), or the first of a list. */
function textOf(value: unknown, depth = 0): string {
  if (depth > 4) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const preferred = value.find((item) => isObject(item) && item.lang === 'x-default') ?? value[0];
    return textOf(preferred, depth + 1);
  }
  if (isObject(value)) {
    if ('value' in value) return textOf(value.value, depth + 1);
    if ('resource' in value) return textOf(value.resource, depth + 1);
  }
  return '';
}

/** Every entry of a list value (several creators), joined as people write them. */
function namesOf(value: unknown): string {
  const items = Array.isArray(value) ? value : [value];
  return [...new Set(items.map((item) => tidy(textOf(item))).filter((item) => item !== ''))].join(', ');
}

function tidy(text: string, max = 5000): string {
  const clean = cleanText(decodeEntities(text)).replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  return clean.length > max ? clean.slice(0, max).trimEnd() : clean;
}

const oneLine = (text: string, max = 500) => tidy(text, max).replace(/\s+/g, ' ');

function webUrl(text: string): string {
  const value = oneLine(text, 2000);
  return /^https?:\/\/\S+$/i.test(value) ? value : '';
}

/** The block for one of several prefixes an XMP namespace is written with. */
function block(meta: JsonObject, ...names: string[]): JsonObject {
  for (const name of names) {
    const found = meta[name];
    if (isObject(found)) return found;
  }
  return {};
}

const first = (...values: string[]): string => values.find((value) => value !== '') ?? '';

/** What the file's metadata says, beyond the rights: what a new figure starts with. */
export interface EmbeddedMetadata {
  rights: ImageRights;
  caption: string;
  alt: string;
}

/**
 * XMP values come first where a file has both: IPTC's guidance for readers (IPTC Photo
 * Metadata User Guide, "IIM and XMP"), since IIM fields have fixed maximum lengths and
 * tools cut values to fit (a 32-byte credit line ending "…www.riecks.c") where XMP keeps
 * the whole; IIM fills what XMP lacks. The licence is taken from an
 * explicit Creative Commons licence field, then the Web Statement of Rights, then any
 * Creative Commons address or name in the usage terms or copyright notice, then a
 * public-domain notice.
 */
export function rightsFromMetadata(input: unknown): EmbeddedMetadata {
  const meta: JsonObject = isObject(input) ? input : {};
  const iptc = block(meta, 'iptc');
  const ifd0 = block(meta, 'ifd0');
  const dc = block(meta, 'dc');
  const photoshop = block(meta, 'photoshop');
  const rightsNs = block(meta, 'xmpRights', 'xapRights');
  const core = block(meta, 'Iptc4xmpCore');
  const ext = block(meta, 'Iptc4xmpExt');
  const plus = block(meta, 'plus');
  const cc = block(meta, 'cc');
  const licensor = isObject(plus.Licensor) ? plus.Licensor : Array.isArray(plus.Licensor) && isObject(plus.Licensor[0]) ? plus.Licensor[0] : {};
  const imageCreator = isObject(plus.ImageCreator) ? plus.ImageCreator : {};

  const rights = emptyRights();
  rights.creator = oneLine(first(namesOf(dc.creator), namesOf(iptc.Byline), textOf(imageCreator.ImageCreatorName), textOf(ifd0.Artist)));
  rights.creditLine = oneLine(first(textOf(photoshop.Credit), textOf(iptc.Credit)));
  rights.source = oneLine(first(textOf(photoshop.Source), textOf(iptc.Source)));
  rights.sourceUrl = webUrl(textOf(cc.attributionURL));
  rights.copyrightNotice = tidy(first(textOf(dc.rights), textOf(iptc.CopyrightNotice), textOf(ifd0.Copyright)), 2000);
  rights.webStatement = webUrl(textOf(rightsNs.WebStatement));
  rights.licensor = oneLine(textOf(licensor.LicensorName));
  rights.licensorUrl = webUrl(textOf(licensor.LicensorURL));
  rights.usageTerms = tidy(textOf(rightsNs.UsageTerms));
  rights.restrictions = tidy(first(textOf(photoshop.Instructions), textOf(iptc.SpecialInstructions)));
  rights.digitalSourceType = oneLine(textOf(ext.DigitalSourceType));
  rights.aiGenerated = isSyntheticSourceType(rights.digitalSourceType);
  rights.licence = recogniseLicence([
    textOf(cc.license),
    rights.webStatement,
    rights.usageTerms,
    rights.copyrightNotice,
  ]);
  if (rights.licence !== null && rights.licence.id.startsWith('cc') && rights.sourceUrl === '' && rights.webStatement !== '') {
    // A Creative Commons image's Web Statement is often its page rather than the deed.
    if (licenceFromUrl(rights.webStatement) === null) rights.sourceUrl = rights.webStatement;
  }
  return {
    rights,
    caption: tidy(first(textOf(dc.description), textOf(iptc.Caption), textOf(ifd0.ImageDescription))),
    alt: tidy(textOf(core.AltTextAccessibility), 2000),
  };
}

function recogniseLicence(candidates: readonly string[]): LicenceRef | null {
  for (const candidate of candidates) {
    if (candidate.trim() === '') continue;
    const found = licenceFromUrl(candidate) ?? licenceFromText(candidate);
    if (found !== null) return found;
  }
  return null;
}
