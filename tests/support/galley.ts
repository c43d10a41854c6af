import { afterEach } from 'vitest';
import { openGalley, type Galley, type OpenGalleyOptions } from '../../electron/services';
import type { GalleyEvent } from '../../shared/contract/events';
import type { Role, Session } from '../../shared/domain/session';
import { useTempDirs } from './temp-dir';
import { seededClient as seedSession, TEST_PASSWORD, TEST_PASSWORD_PARAMS, type TestClient } from './seed-session';

export { TEST_PASSWORD, TEST_PASSWORD_PARAMS, type TestClient };

export interface TestGalley extends TestClient {
  /** `localSession()` is the writer this helper signed in (for tests that call services directly). */
  galley: Galley & { localSession(): Session };
  dataDir: string;
  events: GalleyEvent[];
  /** The first admin. */
  admin: TestClient;
  /** Signs in as `name`, adding them with `role` first if they do not exist yet. */
  as(name: string, role: Role, displayName?: string): TestClient;
}


export interface TestGalleyOptions {
  /** The services' clock (sessions, timestamps, "in the past"). */
  now?: () => Date;
  /** Publishing seams (targets, secret store, clock-free backoff…). */
  publishing?: OpenGalleyOptions['publishing'];
  log?: (message: string, error: unknown) => void;
  /** The key that signs the audit log (null: none, as without GALLEY_SECRET_KEY). */
  auditKey?: Buffer | null;
  /** Newsroom seams (how often a joined workstation checks its hub). */
  newsroom?: OpenGalleyOptions['newsroom'];
}

/**
 * A Galley on a real SQLite file in a fresh directory, closed after each test, with an
 * admin ("admin") and a signed-in writer ("writer", the author of what the test creates).
 */
export function useGalley(): (dataDir?: string, options?: TestGalleyOptions) => TestGalley {
  const tempDir = useTempDirs();
  const open: Galley[] = [];
  afterEach(() => {
    for (const g of open.splice(0)) g.close();
  });
  return (dataDir = tempDir(), options = {}) => {
    const galley = openGalley({
      dataDir,
      log: options.log ?? (() => {}),
      passwordParams: TEST_PASSWORD_PARAMS,
      ...(options.now ? { now: options.now } : {}),
      ...(options.publishing ? { publishing: options.publishing } : {}),
      ...(options.auditKey !== undefined ? { auditKey: options.auditKey } : {}),
      ...(options.newsroom ? { newsroom: options.newsroom } : {}),
    });
    open.push(galley);
    const events: GalleyEvent[] = [];
    galley.events.subscribe((e) => events.push(e));
    const admin = seedSession(galley, 'admin', 'admin', 'Ada Admin');
    const writer = seedSession(galley, 'writer', 'writer', 'Wren Writer');
    const shimmed = Object.assign(galley, { localSession: () => writer.session });
    return {
      ...writer,
      galley: shimmed,
      dataDir,
      events,
      admin,
      as: (name, role, displayName = name) => seedSession(galley, name, role, displayName),
    };
  };
}
