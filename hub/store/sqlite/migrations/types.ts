import type { DatabaseSync } from 'node:sqlite';

/** A numbered step of the hub's embedded schema. `up` runs inside the migration transaction. */
export interface HubMigration {
  readonly version: number;
  readonly name: string;
  up(db: DatabaseSync): void;
}
