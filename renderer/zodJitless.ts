/**
 * Imported first by main.tsx. Zod compiles object parsers with `new Function`
 * where eval is allowed and probes for it once; under the renderer's CSP (no
 * 'unsafe-eval') the probe fails, as it should, but Chromium still reports a
 * CSP violation for it. jitless skips the probe, so the page runs without a
 * single violation (tests/e2e/security.spec.ts) and a real one stands out.
 */
import { z } from 'zod';

z.config({ jitless: true });
