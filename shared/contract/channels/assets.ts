import { z } from 'zod';
import { IdSchema } from '../../domain/ids';
import {
  AddedAssetSchema,
  AssetWithRightsSchema,
  ExpiringAssetSchema,
  ImageRightsSchema,
  LicenceFilterSchema,
  MAX_ASSET_UPLOAD_CHARS,
} from '../../domain/asset';
import { LicencePolicySchema } from '../../licences/policy';

/** Images, their rights and the newsroom's licence policy (issue 4). */
export const assetsChannels = {
  'assets.add': {
    input: z
      .object({
        fileName: z.string().min(1).max(500),
        /** The file's bytes, base64: the renderer reads a dropped, pasted or picked file with FileReader. */
        data: z.string().max(MAX_ASSET_UPLOAD_CHARS).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the file must be sent as base64'),
      })
      .strict(),
    output: AddedAssetSchema,
  },
  'assets.get': {
    input: z.object({ id: IdSchema }).strict(),
    output: AssetWithRightsSchema,
  },
  'assets.search': {
    input: z
      .object({
        /** Matches creator, credit line, source, licensor, agency, copyright notice, file name, caption or licence. */
        query: z.string().max(500).default(''),
        licence: LicenceFilterSchema.nullable().default(null),
        offset: z.number().int().min(0).max(10_000_000).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({ items: z.array(AssetWithRightsSchema), total: z.number().int().nonnegative() }),
  },
  'assets.updateRights': {
    input: z.object({ id: IdSchema, rights: ImageRightsSchema }).strict(),
    output: AssetWithRightsSchema,
  },
  'assets.expiring': {
    input: z.object({ withinDays: z.number().int().min(0).max(365).default(30) }).strict(),
    output: z.object({ items: z.array(ExpiringAssetSchema) }),
  },
  'assets.policy': {
    input: z.object({}).strict(),
    output: LicencePolicySchema,
  },
  'assets.setPolicy': {
    input: z.object({ policy: LicencePolicySchema }).strict(),
    output: LicencePolicySchema,
  },
} as const;
