import { z } from 'zod';

/** Every record id is a UUID so that data can later move between workstations. */
export const IdSchema = z.uuid();
export type Id = z.infer<typeof IdSchema>;

/** Timestamps cross every boundary as UTC ISO-8601 strings. */
export const TimestampSchema = z.iso.datetime({ offset: false });
export type Timestamp = z.infer<typeof TimestampSchema>;
