import type { z } from 'zod';
import { GalleyError } from '../../shared/contract/errors';

/**
 * Database JSON is a trust boundary too: a column may hold what an older Galley wrote, or
 * what someone changed by hand. Every JSON column is read through one of these two.
 */

/** The column's value, or undefined when it is not JSON or not of the expected shape: for callers with a sound default. */
export function readJsonColumn<T>(schema: z.ZodType<T>, text: string): T | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** The column's value; a row that does not parse is reported (naming `what` it holds), never guessed at. */
export function parseJsonColumn<T>(schema: z.ZodType<T>, text: string, what: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new GalleyError('INTERNAL', `The stored ${what} is not valid JSON.`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new GalleyError('INTERNAL', `The stored ${what} has an unexpected shape.`);
  return parsed.data;
}
