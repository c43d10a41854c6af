import { AssetSizeSchema } from '../../shared/domain/asset';
import type { AssetService } from './service';

/** The address images are served at, by the web host and the app:// protocol alike. */
export const ASSET_ROUTE_PREFIX = '/assets-store/';

const ROUTE = /^\/assets-store\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/([a-z]+)$/;

export interface AssetResponse {
  status: 200 | 404;
  body: Buffer | string;
  headers: Record<string, string>;
}

/**
 * Answers `/assets-store/<asset id>/<original|web|thumb>`. The address names an asset by id
 * and a size from a fixed list; the file on disk is found from the hash in the database, so
 * nothing from the request ever becomes part of a path. Images never change under an id,
 * so they may be cached; `nosniff` keeps a browser from reading them as anything else.
 */
export async function assetResponse(assets: AssetService, pathname: string): Promise<AssetResponse> {
  const notFound: AssetResponse = { status: 404, body: 'Not found.', headers: { 'Content-Type': 'text/plain; charset=utf-8' } };
  const match = ROUTE.exec(pathname);
  const size = AssetSizeSchema.safeParse(match?.[2]);
  if (match === null || match[1] === undefined || !size.success) return notFound;
  const file = await assets.file(match[1], size.data);
  if (file === null) return notFound;
  return {
    status: 200,
    body: file.body,
    headers: {
      'Content-Type': file.mediaType,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, max-age=31536000, immutable',
      'Content-Disposition': 'inline',
    },
  };
}

export const isAssetRoute = (pathname: string): boolean => pathname.startsWith(ASSET_ROUTE_PREFIX);
