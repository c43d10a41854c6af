/**
 * How hard the channel fuzzer works. `npm test` uses the defaults (a fixed seed, about
 * 10,000 inputs over all channels, a few seconds); `npm run fuzz -- --runs 200000 --seed 7`
 * sets GALLEY_FUZZ_RUNS and GALLEY_FUZZ_SEED for a longer run.
 */
export const FUZZ_TOTAL_RUNS = positive(process.env.GALLEY_FUZZ_RUNS, 10_000);
export const FUZZ_SEED = integer(process.env.GALLEY_FUZZ_SEED, 20_261_122);

function positive(text: string | undefined, fallback: number): number {
  const n = text === undefined ? NaN : Number(text);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function integer(text: string | undefined, fallback: number): number {
  const n = text === undefined ? NaN : Number(text);
  return Number.isInteger(n) ? n : fallback;
}
