import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { linkToHub, type HubLink } from '../../../../electron/newsroom/replica/hub-link';
import { openReplica, type Replica } from '../../../../electron/newsroom/replica/replica';
import { seedDoc } from '../../../../shared/collab';
import { articleDocumentName } from '../../../../shared/contract/hub';
import type { Session } from '../../../../shared/domain/session';
import type { TestGalley } from '../../../support/galley';
import { ledeOnlyBody, richMeta } from '../../../unit/collab/fixtures';
import { addHubUser, newHubDataDir, removeDataDirs, startHubProcess, type HubProcess } from '../../../hub/support/hub-process';
import { TEST_RETRY, waitFor } from './workstation';

/** Generous: the hub is a real process on a small shared machine. */
export const HUB_TEST_MS = 180_000;

export interface NewsroomHub {
  /** The running hub (started before the file's tests, stopped after them). */
  hub(): HubProcess;
  /** The hub session token of a person the hub was started with. */
  token(name: string): string;
  /** Runs `cleanup` after the current test (last registered, first run). */
  afterTest(cleanup: () => unknown): void;
  /**
   * A new article on workstation `g` (created by `session`, the signed-in writer unless
   * given) shared through the hub as `hubPerson`, reached at `address`: registered on the
   * hub under its own id, seeded, its replica and link open and registered with the
   * workstation's hub links (as the live relay does), and on the hub.
   */
  sharedArticle(g: TestGalley, hubPerson: string, options?: { session?: Session; address?: string }): Promise<{ articleId: string; replica: Replica; link: HubLink }>;
}

/**
 * For a test file: the real built hub (`npm run build`) on a new data directory with a
 * writer `wren` and a desk chief `dora`, each signed in.
 */
export function useNewsroomHub(): NewsroomHub {
  let hub: HubProcess | undefined;
  const tokens = new Map<string, string>();
  const cleanups: Array<() => unknown> = [];
  beforeAll(async () => {
    const dataDir = newHubDataDir();
    await addHubUser(dataDir, 'wren', 'writer');
    await addHubUser(dataDir, 'dora', 'desk_chief');
    hub = await startHubProcess(dataDir);
    for (const name of ['wren', 'dora']) tokens.set(name, (await hub.signIn(name)).token);
  }, HUB_TEST_MS);
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    await hub?.stop();
    removeDataDirs();
  });
  return {
    hub: () => hub!,
    token: (name) => tokens.get(name)!,
    afterTest: (cleanup) => void cleanups.push(cleanup),
    async sharedArticle(g, hubPerson, options = {}) {
      const article = g.galley.services.articles.create(options.session ?? g.session, richMeta(), ledeOnlyBody());
      expect((await hub!.postArticle(tokens.get(hubPerson)!, JSON.stringify({ id: article.id }))).status).toBe(201);
      const replica = openReplica(g.galley.db, articleDocumentName(article.id));
      seedDoc(replica.doc, ledeOnlyBody(), richMeta());
      const link = linkToHub(replica, { hub: options.address ?? hub!.url, token: tokens.get(hubPerson)!, retry: TEST_RETRY });
      const unregister = g.galley.hubLinks.register(article.id, { replica, link });
      cleanups.push(() => {
        unregister();
        link.close();
        replica.close();
      });
      await waitFor('the shared article to be on the hub', () => link.state().kind === 'synced');
      return { articleId: article.id, replica, link };
    },
  };
}
