import { now } from './stats';

export interface RepetitionBudget {
  /** Unmeasured rounds first: caches, JIT, the database's pages. */
  warmup: number;
  /** Measured time allowed for all rounds of both sides together. */
  budgetMs: number;
  minRepetitions: number;
  maxRepetitions: number;
}

/**
 * Times ways of doing the same thing in turns, rotating which goes first each round, so
 * that none always runs on a warmer cache or a quieter moment. The number of measured
 * rounds is set from the last warm-up round so a whole round fits `budgetMs`.
 */
export function interleaveAll(work: ReadonlyArray<() => void>, budget: RepetitionBudget): { samples: number[][]; repetitions: number } {
  const samples = work.map(() => [] as number[]);
  let lastRound = 0;
  let repetitions = budget.minRepetitions;
  for (let round = 0; round < budget.warmup + repetitions; round += 1) {
    if (round === budget.warmup) {
      const fit = Math.floor(budget.budgetMs / Math.max(lastRound, 0.01));
      repetitions = Math.max(budget.minRepetitions, Math.min(budget.maxRepetitions, fit));
    }
    lastRound = 0;
    for (let turn = 0; turn < work.length; turn += 1) {
      const which = (round + turn) % work.length;
      const started = now();
      work[which]!();
      const took = now() - started;
      lastRound += took;
      if (round >= budget.warmup) samples[which]!.push(took);
    }
  }
  return { samples, repetitions };
}

/** Two ways, alternately, flipping which goes first each round. */
export function interleave(a: () => void, b: () => void, budget: RepetitionBudget): { a: number[]; b: number[]; repetitions: number } {
  const { samples, repetitions } = interleaveAll([a, b], budget);
  return { a: samples[0]!, b: samples[1]!, repetitions };
}
