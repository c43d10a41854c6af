import { z } from 'zod';

/** Stable error codes: part of the interface, like finding codes. */
export const ERROR_CODES = [
  'BAD_INPUT', // the input does not match the channel's schema
  'UNKNOWN_CHANNEL',
  'UNAUTHENTICATED', // no valid session
  'FORBIDDEN', // the policy refuses this role/action/state
  'NOT_FOUND',
  'CONFLICT', // a stale version, a duplicate, a state that moved on
  'INVALID_CONTENT', // a body or file that cannot be loaded
  'UNSUPPORTED', // a format or feature this build does not handle
  'RATE_LIMITED', // too many failed attempts (sign-in): wait and try again
  'OFFLINE', // a step the newsroom hub decides, and the hub cannot be reached now
  'DISK_FULL', // the disk (or the database's size limit) is full: the change was not written, nothing saved was lost
  'INTERNAL', // a bug: logged with detail, reported without it
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const RpcErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
});
export type RpcError = z.infer<typeof RpcErrorSchema>;

/** An error a service throws on purpose; its message is meant for the user. */
export class GalleyError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GalleyError';
  }
}

export const isGalleyError = (e: unknown): e is GalleyError => e instanceof GalleyError;
