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
 * Times two ways of doing the same thing, alternately, flipping which goes first each
 * round, so that neither always runs on a warmer cache or a quieter moment. The number of
 * measured rounds is set from the last warm-up round so the pair fits `budgetMs`.
 */
export function interleave(a: () => void, b: () => void, budget: RepetitionBudget): { a: number[]; b: number[]; repetitions: number } {
  const samples = { a: [] as number[], b: [] as number[] };
  const time = (work: () => void) => {
    const started = now();
    work();
    return now() - started;
  };
  let lastRound = 0;
  let repetitions = budget.minRepetitions;
  for (let round = 0; round < budget.warmup + repetitions; round += 1) {
    if (round === budget.warmup) {
      const fit = Math.floor(budget.budgetMs / Math.max(lastRound, 0.01));
      repetitions = Math.max(budget.minRepetitions, Math.min(budget.maxRepetitions, fit));
    }
    const aFirst = round % 2 === 0;
    const first = time(aFirst ? a : b);
    const second = time(aFirst ? b : a);
    lastRound = first + second;
    if (round < budget.warmup) continue;
    samples.a.push(aFirst ? first : second);
    samples.b.push(aFirst ? second : first);
  }
  return { ...samples, repetitions };
}
