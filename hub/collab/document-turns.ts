/**
 * Per document: updates share it, a workflow step has it alone. An update holds its turn
 * from the edit gate's check until it is applied; a step waits for every such update to be
 * applied and holds new ones back until it is recorded. So an approval hashes exactly the
 * text it approves, and no update allowed under the old state lands after the new one.
 */
export function documentTurns() {
  const documents = new Map<string, { updates: number; step: Promise<void> | null; drained: (() => void) | null }>();
  const of = (name: string) => {
    let entry = documents.get(name);
    if (!entry) documents.set(name, (entry = { updates: 0, step: null, drained: null }));
    return entry;
  };
  const forget = (name: string) => {
    const entry = documents.get(name);
    if (entry && entry.updates === 0 && entry.step === null) documents.delete(name);
  };

  return {
    /** Waits for any step on `name` to be recorded, then holds an update's turn until `leave`. */
    async enterUpdate(name: string): Promise<void> {
      let entry = of(name);
      while (entry.step !== null) {
        await entry.step;
        entry = of(name);
      }
      entry.updates += 1;
    },
    leaveUpdate(name: string): void {
      const entry = documents.get(name);
      if (!entry) return;
      entry.updates -= 1;
      if (entry.updates === 0) entry.drained?.();
      forget(name);
    },
    /** Runs `work` once every update holding a turn on `name` is applied, holding new ones back meanwhile. */
    async step<T>(name: string, work: () => Promise<T>): Promise<T> {
      let entry = of(name);
      while (entry.step !== null) {
        await entry.step;
        entry = of(name);
      }
      let finished!: () => void;
      entry.step = new Promise<void>((resolve) => (finished = resolve));
      try {
        if (entry.updates > 0) await new Promise<void>((resolve) => (entry.drained = resolve));
        entry.drained = null;
        return await work();
      } finally {
        entry.step = null;
        finished();
        forget(name);
      }
    },
  };
}

export type DocumentTurns = ReturnType<typeof documentTurns>;
