import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from './db/connection';
import { EventBus } from './events';
import { articleService, type ArticleService } from './articles/service';
import { transferService, type TransferService } from './articles/transfer';
import { createRouter, type Router } from './ipc/router';
import type { RpcResult } from '../shared/contract/rpc';
import type { GalleyEvent } from '../shared/contract/events';
import type { Session } from '../shared/domain/session';
import { auditLog } from './audit/audit-log';
import { auditService, type AuditService } from './audit/service';
import { authService, type AuthService } from './auth/auth-service';
import type { ScryptParams } from './auth/passwords';
import { usersService, type UsersService } from './auth/users-service';
import { checksService, type ChecksService } from './checks/service';
import { workflowService, type WorkflowService } from './workflow/service';
import { DEFAULT_CHECK_CONTEXT, type CheckContext } from '../shared/checks/context';
import { sourcesService, type SourcesService } from './sources/service';
import { sourceRecords } from './sources/records';
import { bodyIndex } from './sources/body-index';
import { redactedLog } from './sources/redacted-log';
import { assetService, type AssetService } from './assets/service';
import { styleService, type StyleService } from './style/service';
import { reviewService, type ReviewService } from './review/service';

export interface Services {
  articles: ArticleService;
  transfer: TransferService;
  auth: AuthService;
  users: UsersService;
  workflow: WorkflowService;
  checks: ChecksService;
  audit: AuditService;
  sources: SourcesService;
  assets: AssetService;
  style: StyleService;
  review: ReviewService;
}

export interface Galley {
  readonly dataDir: string;
  readonly db: Db;
  readonly services: Services;
  /**
   * The one way in for every transport. `sessionToken` is the credential the transport
   * keeps for its caller (cookie, per-window memory, the CLI's sign-in), never one taken
   * from the request's input.
   */
  dispatch(channel: unknown, input: unknown, sessionToken: string | null): Promise<RpcResult<unknown>>;
  /** The session a token stands for, or null (the web host checks it before opening /events). */
  sessionFor(sessionToken: string | null): Session | null;
  events: { subscribe(listener: (event: GalleyEvent) => void): () => void };
  close(): void;
}

export interface OpenGalleyOptions {
  dataDir: string;
  now?: () => Date;
  log?: (message: string, error: unknown) => void;
  /** scrypt cost for new password hashes; tests lower it, the default follows OWASP. */
  passwordParams?: ScryptParams;
  /** The newsroom's settings for the checks (headline limit…). */
  checkContext?: Partial<CheckContext>;
}

export const DATABASE_FILE = 'galley.sqlite';

/** Everything the app, the web host and the CLI share: one database, one router, one event bus. */
export function openGalley(options: OpenGalleyOptions): Galley {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, DATABASE_FILE));
  const events = new EventBus();
  const now = options.now ?? (() => new Date());
  const records = sourceRecords(db);
  const assets = assetService({ db, dataDir: options.dataDir, now });
  const style = styleService({ db, now });
  // recordsFor gives every run of the checks (the panel's and the approval gate's) the article's sources.
  const checkContext: CheckContext = { ...DEFAULT_CHECK_CONTEXT, recordsFor: records.recordsFor, images: assets.checkContext(), houseStyle: style.rules, ...options.checkContext };
  const audit = auditLog(db, now);
  const passwords = options.passwordParams ? { passwordParams: options.passwordParams } : {};
  const workflow = workflowService({ db, events, audit, now, checkContext });
  const articles = articleService({ db, events, now, policy: workflow.articlePolicy, onBodyWritten: bodyIndex(db).write });
  const services: Services = {
    articles,
    transfer: transferService({ articles, exportContext: records.forExport, figureImages: assets.exportImage }),
    auth: authService({ db, audit, now, ...passwords }),
    users: usersService({ db, audit, events, now, ...passwords }),
    workflow,
    checks: checksService({ articles, context: checkContext }),
    audit: auditService(audit),
    sources: sourcesService({ db, events, now, policy: workflow.articlePolicy }),
    assets,
    style,
    review: reviewService({ db, articles, now }),
  };
  const baseLog = options.log ?? ((message: string, error: unknown) => console.error(`galley: ${message}`, error));
  // The router's error log is an outbound path too: it never carries a confidential source's identity.
  const router: Router = createRouter(services, { log: redactedLog(records.libraryRedactor, baseLog) });
  return {
    dataDir: options.dataDir,
    db,
    services,
    dispatch: (channel, input, sessionToken) => router.dispatch(channel, input, sessionToken),
    sessionFor: (sessionToken) => services.auth.resolve(sessionToken),
    events,
    close: () => db.close(),
  };
}
