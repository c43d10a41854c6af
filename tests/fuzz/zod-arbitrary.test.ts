import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHANNEL_NAMES, channels } from '../../shared/contract/channels';
import { zodArbitrary } from './zod-arbitrary';

/**
 * The fuzzer's valid-shaped inputs must mostly be valid, or it only ever tests the input
 * check. For every channel, a fixed sample must include inputs the contract accepts.
 */
describe('valid-shaped inputs derived from the contract', () => {
  it.each(CHANNEL_NAMES)('%s: the contract accepts some of them', (channel) => {
    const schema = channels[channel].input;
    const samples = fc.sample(zodArbitrary(schema), { numRuns: 200, seed: 42 });
    const accepted = samples.filter((input) => schema.safeParse(input).success).length;
    expect(accepted, `${accepted} of 200 accepted`).toBeGreaterThan(20);
  });
});
