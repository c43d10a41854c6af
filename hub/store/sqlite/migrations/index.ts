import type { HubMigration } from './types';
import { migration001 } from './001-documents';
import { migration002 } from './002-accounts';
import { migration003 } from './003-articles';
import { migration004 } from './004-audit';

/** In order; a migration, once released, is never edited: add the next number instead. */
export const hubMigrations: readonly HubMigration[] = [migration001, migration002, migration003, migration004];

export const LATEST_HUB_SCHEMA_VERSION = hubMigrations.at(-1)?.version ?? 0;
