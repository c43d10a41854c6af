import type { Migration } from './types';
import { migration001 } from './001-articles';
import { migration002 } from './002-revisions';
import { migration003 } from './003-search';

/** In order; a migration, once released, is never edited: add the next number instead. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003];

export const LATEST_SCHEMA_VERSION = migrations.length;
