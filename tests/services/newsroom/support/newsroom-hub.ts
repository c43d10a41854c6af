import { afterAll, afterEach, beforeAll } from 'vitest';
import { addHubUser, newHubDataDir, removeDataDirs, startHubProcess, type HubProcess } from '../../../hub/support/hub-process';

/** Generous: the hub is a real process on a small shared machine. */
export const HUB_TEST_MS = 180_000;

export interface NewsroomHub {
  /** The running hub (started before the file's tests, stopped after them). */
  hub(): HubProcess;
  /** The hub session token of a person the hub was started with. */
  token(name: string): string;
  /** Runs `cleanup` after the current test (last registered, first run). */
  afterTest(cleanup: () => unknown): void;
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
  };
}
