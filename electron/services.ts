import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from './db/connection';
import { EventBus } from './events';
import { articleService } from './articles/service';
import { articleStore } from './articles/store';
import { transferService } from './articles/transfer';
import { createRouter, type Router } from './ipc/router';
import type { RpcResult } from '../shared/contract/rpc';
import type { GalleyEvent } from '../shared/contract/events';
import type { Session } from '../shared/domain/session';
import { auditLog } from './audit/audit-log';
import { AUDIT_ANCHOR_FILE, auditKeyFromPassphrase } from './audit/anchor';
import { secretKeyFrom } from './publishing/credentials/encrypted-file';
import { auditService } from './audit/service';
import { authService } from './auth/auth-service';
import type { ScryptParams } from '../shared/node/passwords';
import { usersService } from './auth/users-service';
import { userRepository } from './auth/user-repository';
import { sessionRepository } from './auth/session-repository';
import { checksService } from './checks/service';
import { workflowService } from './workflow/service';
import { workflowStores } from './workflow/stores';
import { publicationGuard } from './workflow/publication-guard';
import { publicationBinder } from './publishing/publication-binder';
import { publishedAddress } from './publishing/publications-repository';
import { DEFAULT_CHECK_CONTEXT, type CheckContext } from '../shared/checks/context';
import { sourcesService } from './sources/service';
import { sourceRecords } from './sources/records';
import { sourceRepository } from './sources/repository';
import { bodyIndex } from './sources/body-index';
import { redactedLog } from './sources/redacted-log';
import { assetService } from './assets/service';
import { assetRepository } from './assets/repository';
import { figureImages } from './assets/figure-image';
import { publishingQueue, publishingRows, publishingService } from './publishing/service';
import type { SecretStore } from './publishing/credentials/secret-store';
import { encryptedFileStore } from './publishing/credentials/encrypted-file';
import type { TargetFactories } from './publishing/targets/index';
import type { Http } from './publishing/http/transport';
import type { Timer } from './publishing/outbox/worker';
import type { BackoffPolicy } from './publishing/outbox/backoff';
import { reviewService } from './review/service';
import { reviewRepository } from './review/repository';
import { reviewReader } from './review/reader';
import { settingsService } from './settings/service';
import { styleService } from './style/service';
import { changesService } from './review/changes-service';
import { changesRepository } from './review/changes-repository';
import { newsroomService } from './newsroom/membership/service';
import { membershipRepository } from './newsroom/membership/membership-repository';
import { hubPeople } from './newsroom/membership/hub-people';
import { hubClient } from './newsroom/membership/hub-client';
import { hubSignIn } from './auth/hub-sign-in';
import { hubUsers } from './auth/hub-users';
import { DEFAULT_SCRYPT_PARAMS } from '../shared/node/passwords';
import { collabRepository } from './newsroom/replica/collab-repository';
import { heldEditsService } from './newsroom/replica/held-service';
import { hubLinks, type HubLinks } from './newsroom/steps/hub-links';
import { hubSteps } from './newsroom/steps/hub-steps';
import { writeBack } from './newsroom/writeback/writeback';
import { liveRelay } from './newsroom/live/relay';
import { sharedArticles } from './newsroom/live/shared-articles';
import { isGalleyError } from '../shared/contract/errors';
import type { Services } from './service-registry';

export interface Galley {
  readonly dataDir: string;
  readonly db: Db;
  readonly services: Services;
  /** The shared articles open here with their hub links (the live relay registers them; steps and write-back use them). */
  readonly hubLinks: HubLinks;
  /**
   * The one way in for every transport. `sessionToken` is the credential the transport
   * keeps for its caller (cookie, per-window memory, the CLI's sign-in), never one taken
   * from the request's input.
   */
  dispatch(channel: unknown, input: unknown, sessionToken: string | null, client?: string): Promise<RpcResult<unknown>>;
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
  /**
   * The key that signs the audit log and its anchor, kept outside the database (the app's
   * keychain). Default: derived from GALLEY_SECRET_KEY; null: none, and nothing is anchored.
   */
  auditKey?: Buffer | null;
  /** The newsroom's settings for the checks (headline limit…). */
  checkContext?: Partial<CheckContext>;
  /**
   * Publishing: where credentials are kept (default: the encrypted file, keyed by GALLEY_SECRET_KEY), and test seams.
   * The same secret store keeps the newsroom hub's token.
   */
  publishing?: {
    secrets?: SecretStore;
    factories?: TargetFactories;
    http?: Http;
    random?: () => number;
    timer?: Timer;
    backoff?: BackoffPolicy;
    sendingLeaseMs?: number;
  };
  /** The newsroom: how often a joined workstation checks its hub (tests shorten it). */
  newsroom?: { checkEveryMs?: number };
  /** Live editing: how long an unheard window is still counted, and how long opening waits for the hub. */
  live?: { leaseMs?: number; firstSyncMs?: number; retry?: { delay: number; maxDelay: number } };
}

export const DATABASE_FILE = 'galley.sqlite';

/** The audit key of the web host and the command line: from the passphrase that also keeps publishing credentials. */
function defaultAuditKey(): Buffer | null {
  try {
    const passphrase = secretKeyFrom(process.env);
    return passphrase === null ? null : auditKeyFromPassphrase(passphrase);
  } catch {
    return null; // an unreadable key file: publishing says so when it needs the key
  }
}

/** Everything the app, the web host and the CLI share: one database, one router, one event bus. */
export function openGalley(options: OpenGalleyOptions): Galley {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, DATABASE_FILE));
  const events = new EventBus();
  const now = options.now ?? (() => new Date());
  const auditKey = options.auditKey !== undefined ? options.auditKey : defaultAuditKey();
  const audit = auditLog(db, now, { key: auditKey, anchorPath: join(options.dataDir, AUDIT_ANCHOR_FILE) });
  const settings = settingsService({ db, events, now });

  // Each feature's tables, built once; services are handed the parts they read.
  const store = articleStore(db);
  const users = userRepository(db);
  const sessions = sessionRepository(db);
  const sourceRows = sourceRepository(db, store.rows);
  const assetRows = assetRepository(db);
  const records = sourceRecords(sourceRows, store);
  const reviewRows = reviewRepository(db, {
    namesOf: users.namesOf,
    sourceSeqsOf: sourceRows.seqsOf,
    sourceIdsOf: sourceRows.idsOf,
  });
  const reviews = reviewReader({ repo: reviewRows, articles: store });
  const stores = workflowStores({ db, articles: store, users });

  // The JSON-LD export carries ClaimReview for checked claims when the outlet publishes fact-checks (Settings),
  // with the article's address on the web once it has one (the review's url).
  const exportContext = (articleId: string) => {
    const factChecks = settings.read('factChecks');
    if (!factChecks.publishClaimReview) return records.forExport(articleId);
    const head = store.head(articleId);
    const { url, firstPublishedAt } = head === null ? { url: null, firstPublishedAt: null } : publishedAddress(db, head.seq);
    const claims = reviews.claimReviewsFor(articleId);
    return { ...records.forExport(articleId), factChecks: { claims, outletName: factChecks.outletName, url, datePublished: firstPublishedAt } };
  };
  // What an approval binds, and what holds approved articles to it when a record they carry changes.
  const figureImage = figureImages(assetRows);
  const publicationOf = publicationBinder(store.revisions, { exportContext, assets: { exportImage: figureImage } });
  const publications = publicationGuard({ articles: store, workflow: stores.workflow, articlesUsing: sourceRows.articlesUsing, publicationOf });
  const publishAt = (articleId: string) => store.states.find(articleId)?.publishAt ?? null;
  const assets = assetService({ db, assets: assetRows, dataDir: options.dataDir, now, publications, publishAt });
  const style = styleService({ db, now });
  // recordsFor gives every run of the checks (the panel's and the approval gate's) the article's sources and review records.
  const recordsFor: CheckContext['recordsFor'] = (articleId) => ({ ...records.recordsFor(articleId), review: reviews.recordsFor(articleId) });
  const checkContext: CheckContext = { ...DEFAULT_CHECK_CONTEXT, recordsFor, images: assets.checkContext(), houseStyle: style.rules, ...options.checkContext };
  const passwords = options.passwordParams ? { passwordParams: options.passwordParams } : {};
  const publishingTables = publishingRows(db, store.rows);
  const outboxQueue = publishingQueue(db, publishingTables, (articleSeq) => stores.workflow.correctionNote(articleSeq));
  // A shared article's steps are the hub's to decide while it is open with its link (joined workstations only).
  // While a shared article is open, its text is written back to its row (search, checks, exports, the list read it),
  // and edits the hub refused are told to its windows as they are held apart.
  const shared = hubLinks({
    onOpen: (articleId, { replica, link }) => {
      const written = writeBack({ articleId, replica, write: (id, meta, body) => articles.writeShared(id, meta, body), log: baseLog });
      const stopHeld = link.onHeld(() => events.emit({ type: 'newsroom.heldChanged', articleId }));
      return {
        flush: written.flush,
        close() {
          stopHeld();
          written.close();
        },
      };
    },
  });
  const workflow = workflowService({ db, stores, events, audit, now, checkContext, onStep: outboxQueue.onStep, publicationOf, authority: hubSteps(shared, { isShared: (articleId) => sharedArticles(db).find(articleId) !== null }) });
  const articles = articleService({ db, store, events, now, policy: workflow.articlePolicy, onBodyWritten: bodyIndex(db).write });
  const secrets = options.publishing?.secrets ?? encryptedFileStore(options.dataDir);
  const collab = collabRepository(db);
  // A joined workstation signs people in, and manages them, through its hub.
  const people = hubPeople(db, secrets, now);
  const hub = hubClient();
  const membership = membershipRepository(db).find;
  const signInThroughHub = hubSignIn({ db, users, sessions, audit, people, hub, now, passwordParams: options.passwordParams ?? DEFAULT_SCRYPT_PARAMS });
  const baseLog = options.log ?? ((message: string, error: unknown) => console.error(`galley: ${message}`, error));
  const newsroom = newsroomService({ db, events, audit, now, people, waitingChanges: collab.waitingChangesEverywhere, ...options.newsroom });
  const services: Services = {
    articles,
    transfer: transferService({ articles, exportContext, figureImages: figureImage }),
    auth: authService({ db, users, sessions, audit, now, ...passwords, newsroom: { membership, signIn: signInThroughHub } }),
    users: usersService({
      db, users, sessions, audit, events, now, ...passwords,
      newsroom: { membership, users: hubUsers({ db, users, sessions, audit, people, hub, now }) },
    }),
    workflow,
    checks: checksService({ articles, context: checkContext }),
    audit: auditService(audit),
    sources: sourcesService({ db, sources: sourceRows, records, articles: store, events, now, policy: workflow.articlePolicy, publications }),
    assets,
    publishing: publishingService({
      ...options.publishing,
      db,
      rows: publishingTables,
      articles: store,
      approvals: stores.workflow,
      events,
      audit,
      now,
      log: redactedLog(records.libraryRedactor, baseLog),
      dataDir: options.dataDir,
      queue: outboxQueue,
      secrets,
      redactor: records.libraryRedactor,
      assets: { exportImage: figureImage, variant: (figure) => assets.variant(figure) },
      workflow,
    }),
    review: reviewService({ db, events, articles, store, repo: reviewRows, reader: reviews, now, publications }),
    settings,
    style,
    changes: changesService({
      db,
      repo: changesRepository(db),
      articles,
      store,
      sourcesOf: (articleId) => records.forExport(articleId).sources,
      records: {
        sourceTitle: (id) => sourceRows.find(id)?.title,
        rightsOf: (assetIds) => assetRows.rightsSnapshots(assetIds),
        lastApprovalBy: (seq, userId) => stores.workflow.lastApprovalBy(seq, userId),
        lastSubmission: (seq) => stores.workflow.lastSubmission(seq),
        nameOf: (userId) => users.nameOf(userId),
      },
      now,
    }),
    newsroom,
    heldEdits: heldEditsService({ db, events, articles }),
    live: liveRelay({
      db,
      events,
      now,
      hub,
      membership,
      token: (session) => newsroom.hubToken(session),
      onOpen: (articleId, opened) => shared.register(articleId, opened),
      article: (articleId) => {
        try {
          return articles.get(articleId);
        } catch (error) {
          if (isGalleyError(error) && error.code === 'NOT_FOUND') return null;
          throw error;
        }
      },
      checkWrite: (session, articleId) => workflow.articlePolicy.guard(session).check({ seq: store.requireHead(articleId).seq, id: articleId }),
      adoptArticle: (session, articleId, body, meta) => void articles.create(session, meta, body, articleId),
      ...options.live,
    }),
  };
  // The router's error log is an outbound path too: it never carries a confidential source's identity.
  const router: Router = createRouter(services, { log: redactedLog(records.libraryRedactor, baseLog) });
  return {
    dataDir: options.dataDir,
    db,
    services,
    hubLinks: shared,
    dispatch: (channel, input, sessionToken, client) => router.dispatch(channel, input, sessionToken, client),
    sessionFor: (sessionToken) => services.auth.resolve(sessionToken),
    events,
    close: () => {
      void services.publishing.stop();
      services.newsroom.stop();
      services.live.stop();
      audit.close();
      db.close();
    },
  };
}
