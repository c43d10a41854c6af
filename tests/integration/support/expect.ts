import { expect } from 'vitest';
import { TargetError } from '../../../electron/publishing/targets/target';

/** Small helpers the backend tests share. */

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The text a reader sees, with tags turned into spaces. */
export const plain = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

/** Awaits work that must fail with a TargetError (of `kind`, when given) and returns it. */
export async function targetFailure(work: Promise<unknown>, kind?: TargetError['kind']): Promise<TargetError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TargetError);
  if (kind !== undefined) expect((error as TargetError).kind).toBe(kind);
  return error as TargetError;
}
