import type { Db } from '../db/connection';
import { readJsonColumn } from '../db/json-column';
import type { RightsSnapshot } from '../../shared/diff/types';
import { parseRights } from '../articles/kept-records';
import {
  AssetSchema,
  IMAGE_MEDIA_TYPES,
  ImageRightsSchema,
  type Asset,
  type AssetWithRights,
  type ImageFormat,
  type ImageRights,
} from '../../shared/domain/asset';
import { isLicenceId } from '../../shared/licences/catalogue';
import { DEFAULT_LICENCE_POLICY, LicencePolicySchema, type LicencePolicy } from '../../shared/licences/policy';

interface AssetRow {
  seq: number;
  id: string;
  sha256: string;
  format: ImageFormat;
  width: number;
  height: number;
  bytes: number;
  file_name: string;
  suggested_caption: string;
  suggested_alt: string;
  created_at: string;
}

interface RightsRow {
  creator: string;
  credit_line: string;
  source: string;
  source_url: string;
  copyright_notice: string;
  web_statement: string;
  licensor: string;
  licensor_url: string;
  licence_id: string | null;
  licence_url: string | null;
  agency: string;
  licence_reference: string;
  permission_granted_by: string;
  fair_use_justification: string;
  usage_terms: string;
  expires_on: string | null;
  restrictions: string;
  digital_source_type: string;
  ai_generated: number;
  updated_at: string;
}

type JoinedRow = AssetRow & RightsRow;

const ASSET_COLUMNS = `a.seq, a.id, a.sha256, a.format, a.width, a.height, a.bytes, a.file_name, a.suggested_caption, a.suggested_alt, a.created_at`;
const RIGHTS_COLUMNS = `r.creator, r.credit_line, r.source, r.source_url, r.copyright_notice, r.web_statement, r.licensor, r.licensor_url,
  r.licence_id, r.licence_url, r.agency, r.licence_reference, r.permission_granted_by, r.fair_use_justification,
  r.usage_terms, r.expires_on, r.restrictions, r.digital_source_type, r.ai_generated, r.updated_at`;
/**
 * The rights of images as a snapshot keeps them. Labelled like the revision_rights trigger
 * of migration 010, so a last look and a revision compare the same way.
 */
const RIGHTS_JSON = `json_object(
  'File name', a.file_name, 'Credit line', r.credit_line, 'Creator', r.creator,
  'Copyright notice', r.copyright_notice, 'Licence', coalesce(r.licence_id, ''), 'Agency', r.agency,
  'Licence reference', r.licence_reference, 'Permission granted by', r.permission_granted_by,
  'Usage terms', r.usage_terms, 'Restrictions', r.restrictions, 'Expires on', coalesce(r.expires_on, ''),
  'AI-generated', CASE r.ai_generated WHEN 1 THEN 'yes' ELSE 'no' END)`;

const JOINED = `SELECT ${ASSET_COLUMNS}, ${RIGHTS_COLUMNS} FROM assets a JOIN image_rights r ON r.asset_seq = a.seq`;

/** Rows are parsed on the way out: the database is a trust boundary like any other. */
function toAsset(row: AssetRow): Asset {
  return AssetSchema.parse({
    id: row.id,
    sha256: row.sha256,
    format: row.format,
    mime: IMAGE_MEDIA_TYPES[row.format],
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    fileName: row.file_name,
    suggestedCaption: row.suggested_caption,
    suggestedAlt: row.suggested_alt,
    createdAt: row.created_at,
  });
}

function toRights(row: RightsRow): ImageRights {
  return ImageRightsSchema.parse({
    creator: row.creator,
    creditLine: row.credit_line,
    source: row.source,
    sourceUrl: row.source_url,
    copyrightNotice: row.copyright_notice,
    webStatement: row.web_statement,
    licensor: row.licensor,
    licensorUrl: row.licensor_url,
    // A licence a later Galley knows and this one does not reads as none: it is checked again, not trusted.
    licence: row.licence_id !== null && isLicenceId(row.licence_id) ? { id: row.licence_id, url: row.licence_url } : null,
    agency: row.agency,
    licenceReference: row.licence_reference,
    permissionGrantedBy: row.permission_granted_by,
    fairUseJustification: row.fair_use_justification,
    usageTerms: row.usage_terms,
    expiresOn: row.expires_on,
    restrictions: row.restrictions,
    digitalSourceType: row.digital_source_type,
    aiGenerated: row.ai_generated === 1,
  });
}

const toAssetWithRights = (row: JoinedRow): AssetWithRights => ({ asset: toAsset(row), rights: toRights(row), rightsUpdatedAt: row.updated_at });

const rightsParams = (rights: ImageRights) => ({
  creator: rights.creator,
  credit_line: rights.creditLine,
  source: rights.source,
  source_url: rights.sourceUrl,
  copyright_notice: rights.copyrightNotice,
  web_statement: rights.webStatement,
  licensor: rights.licensor,
  licensor_url: rights.licensorUrl,
  licence_id: rights.licence?.id ?? null,
  licence_url: rights.licence?.url ?? null,
  agency: rights.agency,
  licence_reference: rights.licenceReference,
  permission_granted_by: rights.permissionGrantedBy,
  fair_use_justification: rights.fairUseJustification,
  usage_terms: rights.usageTerms,
  expires_on: rights.expiresOn,
  restrictions: rights.restrictions,
  digital_source_type: rights.digitalSourceType,
  ai_generated: rights.aiGenerated ? 1 : 0,
});

/** `%` and `_` typed in a search mean themselves. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

export interface NewAsset {
  id: string;
  sha256: string;
  format: ImageFormat;
  width: number;
  height: number;
  bytes: number;
  fileName: string;
  suggestedCaption: string;
  suggestedAlt: string;
  embedded: ImageRights;
  rights: ImageRights;
  createdBy: string;
  now: string;
}

export interface AssetSearch {
  query: string;
  /** A licence id, or 'none' for images without one. */
  licence: string | null;
  offset: number;
  limit: number;
}

export function assetRepository(db: Db) {
  const bySha = db.prepare<[string], JoinedRow>(`${JOINED} WHERE a.sha256 = ?`);
  const byId = db.prepare<[string], JoinedRow>(`${JOINED} WHERE a.id = ?`);
  const insertAsset = db.prepare(
    `INSERT INTO assets (id, sha256, format, width, height, bytes, file_name, suggested_caption, suggested_alt, embedded_json, created_by, created_at)
     VALUES (@id, @sha256, @format, @width, @height, @bytes, @file_name, @suggested_caption, @suggested_alt, @embedded_json, @created_by, @created_at)`,
  );
  const insertRights = db.prepare(
    `INSERT INTO image_rights (asset_seq, creator, credit_line, source, source_url, copyright_notice, web_statement, licensor, licensor_url,
       licence_id, licence_url, agency, licence_reference, permission_granted_by, fair_use_justification, usage_terms, expires_on,
       restrictions, digital_source_type, ai_generated, updated_by, updated_at)
     VALUES (@asset_seq, @creator, @credit_line, @source, @source_url, @copyright_notice, @web_statement, @licensor, @licensor_url,
       @licence_id, @licence_url, @agency, @licence_reference, @permission_granted_by, @fair_use_justification, @usage_terms, @expires_on,
       @restrictions, @digital_source_type, @ai_generated, @updated_by, @updated_at)`,
  );
  const updateRights = db.prepare(
    `UPDATE image_rights SET creator = @creator, credit_line = @credit_line, source = @source, source_url = @source_url,
       copyright_notice = @copyright_notice, web_statement = @web_statement, licensor = @licensor, licensor_url = @licensor_url,
       licence_id = @licence_id, licence_url = @licence_url, agency = @agency, licence_reference = @licence_reference,
       permission_granted_by = @permission_granted_by, fair_use_justification = @fair_use_justification, usage_terms = @usage_terms,
       expires_on = @expires_on, restrictions = @restrictions, digital_source_type = @digital_source_type, ai_generated = @ai_generated,
       updated_by = @updated_by, updated_at = @updated_at
     WHERE asset_seq = (SELECT seq FROM assets WHERE id = @id)`,
  );
  const expiring = db.prepare<[string], JoinedRow>(`${JOINED} WHERE r.expires_on IS NOT NULL AND r.expires_on <= ? ORDER BY r.expires_on, a.seq`);
  const readPolicy = db.prepare<[], { policy_json: string }>('SELECT policy_json FROM licence_policy WHERE id = 1');
  const writePolicy = db.prepare(
    `INSERT INTO licence_policy (id, policy_json, updated_by, updated_at) VALUES (1, @policy_json, @updated_by, @updated_at)
     ON CONFLICT (id) DO UPDATE SET policy_json = excluded.policy_json, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  );

  const currentRights = db.prepare<[string], { asset_id: string; rights_json: string }>(`
    SELECT a.id AS asset_id, ${RIGHTS_JSON} AS rights_json
    FROM assets a JOIN image_rights r ON r.asset_seq = a.seq
    WHERE a.id IN (SELECT value FROM json_each(?))`);

  return {
    /** The images' rights now, labelled as a revision keeps them (for comparing with a last look or a revision). */
    rightsSnapshots(assetIds: readonly string[]): Record<string, RightsSnapshot> {
      return parseRights(currentRights.all(JSON.stringify(assetIds)));
    },

    findBySha(sha: string): AssetWithRights | null {
      const row = bySha.get(sha);
      return row === undefined ? null : toAssetWithRights(row);
    },

    find(id: string): AssetWithRights | null {
      const row = byId.get(id);
      return row === undefined ? null : toAssetWithRights(row);
    },

    /** The asset and its rights, in one transaction. */
    insert(asset: NewAsset): void {
      db.transaction(() => {
        const { lastInsertRowid } = insertAsset.run({
          id: asset.id,
          sha256: asset.sha256,
          format: asset.format,
          width: asset.width,
          height: asset.height,
          bytes: asset.bytes,
          file_name: asset.fileName,
          suggested_caption: asset.suggestedCaption,
          suggested_alt: asset.suggestedAlt,
          embedded_json: JSON.stringify(asset.embedded),
          created_by: asset.createdBy,
          created_at: asset.now,
        });
        insertRights.run({ asset_seq: lastInsertRowid, ...rightsParams(asset.rights), updated_by: asset.createdBy, updated_at: asset.now });
      })();
    },

    updateRights(id: string, rights: ImageRights, updatedBy: string, now: string): boolean {
      return updateRights.run({ id, ...rightsParams(rights), updated_by: updatedBy, updated_at: now }).changes === 1;
    },

    search({ query, licence, offset, limit }: AssetSearch): { items: AssetWithRights[]; total: number } {
      const where: string[] = [];
      const params: Record<string, string | number> = {};
      const text = query.trim();
      if (text !== '') {
        // The words of a licence ("CC BY-SA 4.0") match its id ("cc-by-sa-4.0").
        params.q = likePattern(text);
        params.licence_q = likePattern(text.toLowerCase().replace(/[\s_]+/g, '-'));
        where.push(
          `(r.creator LIKE @q ESCAPE '\\' OR r.credit_line LIKE @q ESCAPE '\\' OR r.source LIKE @q ESCAPE '\\' OR r.licensor LIKE @q ESCAPE '\\'
            OR r.agency LIKE @q ESCAPE '\\' OR r.copyright_notice LIKE @q ESCAPE '\\' OR a.file_name LIKE @q ESCAPE '\\'
            OR a.suggested_caption LIKE @q ESCAPE '\\' OR r.licence_id LIKE @licence_q ESCAPE '\\')`,
        );
      }
      if (licence === 'none') where.push('r.licence_id IS NULL');
      else if (licence !== null) {
        params.licence = licence;
        where.push('r.licence_id = @licence');
      }
      const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const total = (db.prepare(`SELECT count(*) AS n FROM assets a JOIN image_rights r ON r.asset_seq = a.seq ${clause}`).get(params) as { n: number }).n;
      const rows = db.prepare(`${JOINED} ${clause} ORDER BY a.seq DESC LIMIT @limit OFFSET @offset`).all({ ...params, limit, offset }) as JoinedRow[];
      return { items: rows.map(toAssetWithRights), total };
    },

    /** Images whose rights end on or before `lastDay` (YYYY-MM-DD), soonest first; expired ones included. */
    expiringBy(lastDay: string): AssetWithRights[] {
      return expiring.all(lastDay).map(toAssetWithRights);
    },

    policy(): LicencePolicy {
      const row = readPolicy.get();
      if (row === undefined) return DEFAULT_LICENCE_POLICY;
      return readJsonColumn(LicencePolicySchema, row.policy_json) ?? DEFAULT_LICENCE_POLICY;
    },

    setPolicy(policy: LicencePolicy, updatedBy: string, now: string): void {
      writePolicy.run({ policy_json: JSON.stringify(policy), updated_by: updatedBy, updated_at: now });
    },
  };
}

export type AssetRepository = ReturnType<typeof assetRepository>;
