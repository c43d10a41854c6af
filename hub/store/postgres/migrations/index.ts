import { migration001 } from './001-documents';
import { migration002 } from './002-users-and-sessions';
import { migration003 } from './003-articles';
import { migration004 } from './004-audit';
import type { PostgresMigration } from './types';

/** In order; a released migration is never edited: add the next number instead. */
export const postgresMigrations: readonly PostgresMigration[] = [migration001, migration002, migration003, migration004];
