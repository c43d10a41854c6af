/** A numbered schema step, run inside the migration transaction; once released, never edited. */
export interface PostgresMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
