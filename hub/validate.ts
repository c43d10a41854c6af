import type { z } from 'zod';
import { GalleyError } from '../shared/contract/errors';

/** Validates one value with a zod schema, or throws BAD_INPUT naming the field and what is wrong with it. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, field: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new GalleyError('BAD_INPUT', `The ${field} is not valid: ${result.error.issues.map((issue) => issue.message).join('; ')}.`);
}
