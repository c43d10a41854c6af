import { z } from 'zod';

/**
 * The newsroom's licence policy, set by an admin in Settings. The default is a commercial
 * outlet: NonCommercial images are flagged (warned, or blocked when the policy says so).
 */
export const LicencePolicySchema = z
  .object({
    /** A commercial outlet (ads, subscriptions) may not use NC images without a separate licence. */
    commercial: z.boolean(),
    /** How an NC image in a commercial outlet is reported. */
    nonCommercialSeverity: z.enum(['warn', 'block']),
    /** Rights ending this many days or fewer after publication are reported as expiring. */
    expiringWithinDays: z.number().int().min(0).max(365),
  })
  .strict();
export type LicencePolicy = z.infer<typeof LicencePolicySchema>;

export const DEFAULT_LICENCE_POLICY: LicencePolicy = {
  commercial: true,
  nonCommercialSeverity: 'warn',
  expiringWithinDays: 7,
};
