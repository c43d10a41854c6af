import { z } from 'zod';
import { RpcErrorSchema, type RpcError } from './errors';

/** What every transport carries back: a value or a typed error, never a thrown exception. */
export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: RpcError };

export const RpcResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: RpcErrorSchema }),
]);

/** One request on the wire (HTTP body or IPC argument). */
export const RpcRequestSchema = z.object({
  channel: z.string().max(100),
  input: z.unknown(),
});
export type RpcRequest = z.infer<typeof RpcRequestSchema>;

/** The names the Electron transport uses; the preload and the main side share them. */
export const IPC_RPC = 'galley:rpc';
export const IPC_EVENT = 'galley:event';
/** Opens a folder target's page with the system (electron/app/open-published). */
export const IPC_OPEN_PUBLISHED = 'galley:open-published';
