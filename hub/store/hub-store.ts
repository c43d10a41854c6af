import type { WorkflowState } from '../../shared/domain/article';
import type { Role } from '../../shared/domain/session';
import type { ChainedRow } from '../../shared/node/hash-chain';

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
  /**
   * Appends one update durably; resolves with its sequence number once it is on disk. With
   * `audit`, its audit entry is appended to the chain in the same transaction.
   */
  appendUpdate(name: string, update: Uint8Array, audit?: HubUpdateAudit): Promise<number>;
  /**
   * Replaces the log up to and including `throughSeq` with `state` (which includes them).
   * A compaction older than the one stored changes nothing; a `throughSeq` past the last
   * update is BAD_INPUT, an unknown document NOT_FOUND.
   */
  compact(name: string, state: Uint8Array, throughSeq: number): Promise<void>;

  /**
   * The name is stored folded to lower case (UserNameSchema), so names are unique whatever
   * their case: a duplicate is CONFLICT, a name or display name breaking the rules BAD_INPUT.
   */
  createUser(user: NewHubUser): Promise<HubUser>;
  /** Found whatever the case of `name` (it is folded as on creation). */
  findUserByName(name: string): Promise<HubUserWithPassword | null>;
  findUserById(id: string): Promise<HubUser | null>;
  listUsers(): Promise<HubUser[]>;
  updateUser(id: string, change: HubUserChange): Promise<HubUser | null>;

  /** Sessions are kept by the sha256 of their token (hex), never the token itself; an unknown user is NOT_FOUND. */
  createSession(session: HubSession): Promise<void>;
  /** A disabled user's sessions are not found (expiry is the caller's to check). */
  findSession(tokenHash: string): Promise<HubSession | null>;
  deleteSessionsOf(userId: string): Promise<number>;
  /** Deletes every session that expired at or before `now` (an ISO timestamp); answers how many. */
  deleteExpiredSessions(now: string): Promise<number>;

  /**
   * The article registry: which documents exist and the facts the hub decides on (state,
   * author, holder, what was approved). A new article is a draft held by nobody; an author
   * who is not a user is NOT_FOUND, an id taken CONFLICT, an id that is not a UUID BAD_INPUT.
   */
  createArticle(article: NewHubArticle): Promise<HubArticle>;
  /** null for an unknown id (a malformed one included: no article has it). */
  findArticle(id: string): Promise<HubArticle | null>;
  /**
   * Moves an article one workflow step and appends its audit entry, in one transaction, only
   * if the article is still as the caller read it (`from`): CONFLICT when it moved meanwhile
   * (the step was decided on facts that no longer hold), NOT_FOUND for an unknown article.
   */
  recordStep(step: HubArticleStep): Promise<HubArticle>;
  /** The hub's audit chain, oldest first (verify it with shared/node/hash-chain.ts verifyChain). */
  listAudit(): Promise<HubAuditEntry[]>;

  close(): Promise<void>;
}

export interface NewHubArticle {
  id: string;
  /** The hub user id of its writer. */
  authorId: string;
}

export interface HubArticle {
  id: string;
  authorId: string;
  state: WorkflowState;
  /** Who has it in edit (shared/workflow/policy.ts ArticleFacts.holderId); null otherwise. */
  holderId: string | null;
  /** The hub's content hash of the text it approved; null until approved (and again once reopened). */
  approvedHash: string | null;
  /** The Yjs state vector of the hub's copy when it was approved, so the approved text can be told from later edits. */
  approvedStateVector: Uint8Array | null;
  createdAt: string;
  updatedAt: string;
}

export interface HubArticleStep {
  articleId: string;
  from: { state: WorkflowState; holderId: string | null };
  to: { state: WorkflowState; holderId: string | null; approvedHash: string | null; approvedStateVector: Uint8Array | null };
  audit: HubAuditInput;
}

/** What the caller says of an audit entry; the store numbers and links it (and adds the article and states of a step). */
export interface HubAuditInput {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  revisionHash: string | null;
  note: string | null;
  detailsJson: string;
}

/** The audit entry of an accepted update: who sent it, to which article (its sha256 and size in `detailsJson`). */
export interface HubUpdateAudit extends HubAuditInput {
  articleId: string;
}

/** One link of the hub's audit chain, in the workstation's form (the same rule hashes both). */
export interface HubAuditEntry extends ChainedRow {
  hash: string;
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

/**
 * The store's engine could not be reached (PostgreSQL down or restarting, the network cut).
 * Not a bug and not the caller's fault: the request failed, later ones may succeed once the
 * engine is back. A write that failed this way may or may not have been committed, so the
 * hub does not acknowledge it; a client resending a Yjs update is harmless (they are idempotent).
 */
export class HubStoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HubStoreUnavailableError';
  }
}
