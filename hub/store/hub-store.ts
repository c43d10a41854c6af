import type { Role } from '../../shared/domain/session';

/**
 * What the hub keeps, whatever engine keeps it: the embedded store (SQLite, one file in the
 * hub's data directory) and PostgreSQL implement this one interface, and the same contract
 * tests run against both. Every method is asynchronous because PostgreSQL's driver is.
 *
 * Documents are Yjs documents named `article:<id>`. An update the hub has acknowledged
 * must survive a SIGKILL of the hub, so each one is appended to the document's log before
 * it is acknowledged; `compact` later folds the log into one state without losing an update
 * appended while the state was being encoded (it deletes only up to `throughSeq`).
 */
export interface HubStore {
  /** The document's state: the last compacted state with every later update applied, or null for a new one. */
  loadDocument(name: string): Promise<StoredDocument | null>;
  /** Appends one update durably; resolves with its sequence number once it is on disk. */
  appendUpdate(name: string, update: Uint8Array): Promise<number>;
  /** Replaces the log up to and including `throughSeq` with `state` (which includes them). */
  compact(name: string, state: Uint8Array, throughSeq: number): Promise<void>;

  createUser(user: NewHubUser): Promise<HubUser>;
  findUserByName(name: string): Promise<HubUserWithPassword | null>;
  findUserById(id: string): Promise<HubUser | null>;
  listUsers(): Promise<HubUser[]>;
  updateUser(id: string, change: HubUserChange): Promise<HubUser | null>;

  /** Sessions are kept by the sha256 of their token, never the token itself. */
  createSession(session: HubSession): Promise<void>;
  findSession(tokenHash: string): Promise<HubSession | null>;
  deleteSessionsOf(userId: string): Promise<number>;

  close(): Promise<void>;
}

export interface StoredDocument {
  /** The compacted state followed by the updates appended after it, in order. */
  updates: Uint8Array[];
  /** The sequence number of the last update included, for `compact`. */
  lastSeq: number;
}

export interface HubUser {
  id: string;
  name: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface HubUserWithPassword extends HubUser {
  /** The scrypt hash, salt and parameters as JSON (the same form as the workstation's). */
  passwordHash: string;
}

export interface NewHubUser {
  id: string;
  name: string;
  displayName: string;
  role: Role;
  passwordHash: string;
}

export interface HubUserChange {
  displayName?: string;
  role?: Role;
  disabled?: boolean;
  passwordHash?: string;
}

export interface HubSession {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}
