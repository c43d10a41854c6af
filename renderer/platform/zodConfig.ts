import { z } from 'zod';

/**
 * Zod compiles fast parsers with `new Function` when it can. Galley's CSP forbids eval, and
 * Chromium reports even the probe as a CSP violation, so the renderer parses without it.
 * Imported first by main.tsx, before anything parses.
 */
z.config({ jitless: true });
