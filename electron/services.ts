import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from './db/connection';
import { EventBus } from './events';
import { articleService, type ArticleService } from './articles/service';
import { transferService, type TransferService } from './articles/transfer';
import { createRouter, type Router } from './ipc/router';
import type { RpcResult } from '../shared/contract/rpc';
import type { GalleyEvent } from '../shared/contract/events';
import type { Session } from '../shared/domain/session';

export interface Services {
  articles: ArticleService;
  transfer: TransferService;
}

export interface Galley {
  readonly dataDir: string;
  readonly db: Db;
  readonly services: Services;
  dispatch(channel: unknown, input: unknown, session: Session | null): Promise<RpcResult<unknown>>;
  events: { subscribe(listener: (event: GalleyEvent) => void): () => void };
  /**
   * The person at this workstation. Until sign-in exists every transport runs as them;
   * sign-in will replace this with a real session per user.
   */
  localSession(): Session;
  close(): void;
}

export interface OpenGalleyOptions {
  dataDir: string;
  now?: () => Date;
  log?: (message: string, error: unknown) => void;
}

export const DATABASE_FILE = 'galley.sqlite';

/** Everything the app, the web host and the CLI share: one database, one router, one event bus. */
export function openGalley(options: OpenGalleyOptions): Galley {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, DATABASE_FILE));
  const events = new EventBus();
  const articles = articleService({ db, events, ...(options.now ? { now: options.now } : {}) });
  const services: Services = { articles, transfer: transferService({ articles }) };
  const router: Router = createRouter(services, options.log ? { log: options.log } : {});
  const name = safeUserName();
  const session: Session = { userId: `local:${name}`, displayName: name, role: 'admin' };
  return {
    dataDir: options.dataDir,
    db,
    services,
    dispatch: (channel, input, s) => router.dispatch(channel, input, s),
    events,
    localSession: () => session,
    close: () => db.close(),
  };
}

function safeUserName(): string {
  try {
    return userInfo().username || 'local user';
  } catch {
    return 'local user';
  }
}
