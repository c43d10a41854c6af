/**
 * Narrowing for JSON that arrived from outside the type system (a stored body, a CMS
 * response, a file's metadata): an object is a plain record, never null or an array.
 */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Narrows to a writable record: a caller that made its own copy may change it in place. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
